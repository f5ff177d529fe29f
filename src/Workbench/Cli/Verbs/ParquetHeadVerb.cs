using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Reading;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary><c>lineage parquet head FILE [-n N]</c>: the first rows, as a table or as JSON lines.</summary>
public sealed class ParquetHeadVerb : ICliVerb
{
    private const int MaxCellWidth = 40;

    public IReadOnlyList<string> Words { get; } = ["parquet", "head"];

    public string Usage => "parquet head FILE [-n N] [--columns a,b] [--json]";

    public string Summary => "print the first N rows (default 10); --json prints one JSON object per line";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var count = arguments.GetInt("n", 10, min: 0, max: 1_000_000);
        var columns = arguments.Get("columns")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        arguments.EnsureAllUsed();
        if (arguments.Positionals.Count != 1)
            throw new CliUsageException("Name one Parquet file.");
        await using var reader = await ParquetReader.OpenAsync(arguments.Positionals[0], cancellationToken);
        var options = new ParquetReadOptions { Limit = count, Columns = columns };
        var lines = new List<string>();
        await foreach (var batch in reader.ReadAsync(options, cancellationToken))
        {
            for (var row = 0; row < batch.RowCount; row++)
                lines.Add(RowJson(batch, row));
        }
        if (context.Json)
        {
            foreach (var line in lines)
                context.Out.WriteLine(line);
            return 0;
        }
        var names = columns ?? reader.Schema.Fields.Select(f => f.Name).ToArray();
        var table = new TextTable(names);
        foreach (var line in lines)
        {
            using var row = JsonDocument.Parse(line);
            table.Add(names.Select(n => Cell(row.RootElement.GetProperty(n))).ToArray());
        }
        table.WriteTo(context.Out);
        context.Out.WriteLine($"{lines.Count} of {reader.RowCount} rows");
        return 0;
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
