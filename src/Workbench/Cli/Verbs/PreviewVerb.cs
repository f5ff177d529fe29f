using Lineage.Assets.Partitions;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Materializers.Warehouse;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Materialization;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary><c>lineage preview ASSET [--partition D] [--tag T] [-n N]</c>: rows of an asset's table.</summary>
public sealed class PreviewVerb : ICliVerb
{
    public IReadOnlyList<string> Words { get; } = ["preview"];

    public string Usage => "preview ASSET [--partition YYYY-MM-DD] [--tag TAG] [-n N] [--columns a,b] [--json]";

    public string Summary => "print rows of an asset's table (a partition, a tagged snapshot, some columns)";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var partition = arguments.GetDate("partition");
        var tag = arguments.Get("tag");
        var count = arguments.GetInt("n", 10, min: 0, max: 1_000_000);
        var columns = arguments.Get("columns")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        arguments.EnsureAllUsed();
        if (arguments.Positionals.Count != 1)
            throw new CliUsageException("Name one asset, e.g. vqe_iterations.");

        var catalog = CatalogFactory.Create(context.Configuration, TimeProvider.System);
        var spec = catalog.Graph.Resolve(arguments.Positionals[0]);
        if (spec.IsSource)
            throw new CliUsageException($"{spec.Key} is a source of raw JSON files, not a table; preview one of the tables fed by it.");
        var table = await MaterializerFactory.Warehouse(context.Configuration, catalog).TryLoadAsync(spec.Key, cancellationToken)
            ?? throw new CliUsageException($"{spec.Key} has not been materialized yet; run: lineage materialize --select {spec.Key.Name} --partition YYYY-MM-DD");
        var options = new TableScanOptions
        {
            Ref = tag,
            Columns = columns,
            PartitionEquals = IcebergPartitionReader.DayFilter(partition is { } date ? DailyPartitions.FormatKey(date) : null),
        };
        var page = await TableRowPage.ReadAsync(table, options, offset: 0, limit: count, cancellationToken);
        var printer = new RowsPrinter(columns ?? table.Metadata.CurrentSchema.Fields.Select(f => f.Name).ToArray());
        printer.Add(page.Rows);
        printer.WriteTo(context);
        if (!context.Json)
            context.Out.WriteLine($"{printer.Count} row{(printer.Count == 1 ? "" : "s")} of {spec.Key}{(partition is { } p ? $" partition {DailyPartitions.FormatKey(p)}" : "")}{(tag is null ? "" : $" at tag {tag}")}");
        return 0;
    }
}
