using Lineage.Assets.Partitions;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Catalog.Rows;

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
        var scan = await new TableScanResolver(context.Configuration, catalog).ResolveAsync(
            new TableScanRequest(arguments.Positionals[0], partition is { } day ? DailyPartitions.FormatKey(day) : null, tag, columns), cancellationToken);
        var spec = scan.Spec;
        var page = await TableRowPage.ReadAsync(scan.Table, scan.Options, offset: 0, limit: count, cancellationToken);
        var printer = new RowsPrinter(scan.Columns);
        printer.Add(page.Rows);
        printer.WriteTo(context);
        if (!context.Json)
            context.Out.WriteLine($"{printer.Count} row{(printer.Count == 1 ? "" : "s")} of {spec.Key}{(partition is { } p ? $" partition {DailyPartitions.FormatKey(p)}" : "")}{(tag is null ? "" : $" at tag {tag}")}");
        return 0;
    }
}
