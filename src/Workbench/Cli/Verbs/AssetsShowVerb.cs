using Lineage.Workbench.Catalog;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary><c>lineage assets show ASSET</c>: description, schema with column lineage and checks of one asset.</summary>
public sealed class AssetsShowVerb : ICliVerb
{
    public IReadOnlyList<string> Words { get; } = ["assets", "show"];

    public string Usage => "assets show ASSET [--json]";

    public string Summary => "show an asset: description, schema with column lineage, checks";

    public Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        arguments.EnsureAllUsed();
        if (arguments.Positionals.Count != 1)
            throw new CliUsageException("Name exactly one asset, e.g. 'vqe_results'.");

        var detail = CatalogFactory.Create(context.Configuration, TimeProvider.System).Describe(arguments.Positionals[0]);
        if (context.Json)
        {
            context.WriteJson(detail);
            return Task.FromResult(0);
        }
        var summary = detail.Summary;
        var output = context.Out;
        output.WriteLine($"{summary.Key}  ({(summary.IsSource ? "source, " : "")}group {summary.Group}, {string.Join(", ", summary.Kinds)})");
        output.WriteLine(summary.Description);
        output.WriteLine($"owners: {string.Join(", ", summary.Owners)}   code version: {summary.CodeVersion ?? "-"}   partitions: {summary.Partitions ?? "none"}");
        output.WriteLine($"deps: {Join(summary.Deps)}   downstream: {Join(summary.Downstream)}");
        if (detail.KeyColumns.Count > 0)
            output.WriteLine($"key: ({string.Join(", ", detail.KeyColumns)})   partitioned by: ({string.Join(", ", detail.PartitionColumns)})");
        output.WriteLine();
        var columns = new TextTable("COLUMN", "TYPE", "DERIVED FROM");
        foreach (var column in detail.Columns)
            columns.Add(column.Name, column.Type + (column.Nullable ? "?" : ""), Join(column.DerivedFrom));
        columns.WriteTo(output);
        if (detail.Checks.Count == 0)
            return Task.FromResult(0);
        output.WriteLine();
        var checks = new TextTable("CHECK", "SEVERITY", "BLOCKING", "DESCRIPTION");
        foreach (var check in detail.Checks)
            checks.Add(check.Name, check.Severity, check.Blocking ? "yes" : "no", check.Description);
        checks.WriteTo(output);
        return Task.FromResult(0);
    }

    private static string Join(IReadOnlyList<string> items) => items.Count == 0 ? "-" : string.Join(", ", items);
}
