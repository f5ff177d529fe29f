using System.Text.Json;
using Apache.Arrow;
using Lineage.Workbench.Catalog;

namespace Lineage.Workbench.Cli;

/// <summary>Rows of record batches printed as JSON lines (<c>--json</c>) or as a text table with clipped cells.</summary>
internal sealed class RowsPrinter(IReadOnlyList<string> columns)
{
    private const int MaxCellWidth = 40;

    private readonly List<JsonElement> _rows = [];

    public int Count => _rows.Count;

    /// <summary>Adds up to <paramref name="limit"/> rows of the batch; returns how many it took.</summary>
    public int Add(RecordBatch batch, int limit)
    {
        var take = Math.Min(limit, batch.Length);
        using var collector = new RowJsonCollector();
        collector.Add(batch, 0, take);
        _rows.AddRange(collector.ToRows());
        return take;
    }

    /// <summary>Adds rows already turned into JSON objects.</summary>
    public void Add(IEnumerable<JsonElement> rows) => _rows.AddRange(rows);

    public void WriteTo(CliContext context)
    {
        if (context.Json)
        {
            foreach (var row in _rows)
                context.Out.WriteLine(row.GetRawText());
            return;
        }
        var table = new TextTable(columns.ToArray());
        foreach (var row in _rows)
            table.Add(columns.Select(n => Cell(row.GetProperty(n))).ToArray());
        table.WriteTo(context.Out);
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
