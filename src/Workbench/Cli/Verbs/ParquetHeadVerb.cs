using Lineage.Lakehouse.Parquet;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary><c>lineage parquet head FILE [-n N]</c>: the first rows, as a table or as JSON lines.</summary>
public sealed class ParquetHeadVerb : ICliVerb
{
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
        await using var reader = await ParquetFiles.OpenAsync(arguments.Positionals[0], cancellationToken);
        var printer = new RowsPrinter(columns ?? reader.Schema.FieldsList.Select(f => f.Name).ToArray());
        await foreach (var batch in reader.ReadAsync(new ParquetReadRequest { Columns = columns }, cancellationToken))
        {
            if (printer.Count >= count)
                break;
            printer.Add(batch, count - printer.Count);
        }
        printer.WriteTo(context);
        if (!context.Json)
            context.Out.WriteLine($"{printer.Count} of {reader.RowCount} rows");
        return 0;
    }
}
