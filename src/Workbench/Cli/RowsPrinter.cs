using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lineage.Lakehouse.Parquet.Data;

namespace Lineage.Workbench.Cli;

/// <summary>Rows of record batches printed as JSON lines (<c>--json</c>) or as a text table with clipped cells.</summary>
internal sealed class RowsPrinter(IReadOnlyList<string> columns)
{
    private const int MaxCellWidth = 40;

    private readonly List<string> _lines = [];

    public int Count => _lines.Count;

    /// <summary>Adds up to <paramref name="limit"/> rows of the batch; returns how many it took.</summary>
    public int Add(RecordBatch batch, int limit)
    {
        var take = Math.Min(limit, batch.RowCount);
        for (var row = 0; row < take; row++)
            _lines.Add(RowJson(batch, row));
        return take;
    }

    public void WriteTo(CliContext context)
    {
        if (context.Json)
        {
            foreach (var line in _lines)
                context.Out.WriteLine(line);
            return;
        }
        var table = new TextTable(columns.ToArray());
        foreach (var line in _lines)
        {
            using var row = JsonDocument.Parse(line);
            table.Add(columns.Select(n => Cell(row.RootElement.GetProperty(n))).ToArray());
        }
        table.WriteTo(context.Out);
    }

    private static string RowJson(RecordBatch batch, int row)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            RowJsonWriter.WriteRow(json, batch, row);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Cell(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Null => "null",
            JsonValueKind.String => value.GetString()!,
            _ => value.GetRawText(),
        };
        text = text.ReplaceLineEndings(" ");
        return text.Length > MaxCellWidth ? text[..(MaxCellWidth - 1)] + "…" : text;
    }
}
