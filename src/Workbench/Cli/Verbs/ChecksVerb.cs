using Lineage.Assets.Partitions;
using Lineage.Assets.Selection;
using Lineage.Workbench.Catalog;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary><c>lineage checks --select SELECTION [--partition D]</c>: the latest result of each check per partition.</summary>
public sealed class ChecksVerb : ICliVerb
{
    public IReadOnlyList<string> Words { get; } = ["checks"];

    public string Usage => "checks [--select SELECTION] [--partition YYYY-MM-DD] [--json]";

    public string Summary => "print the latest check results (asset, partition, check, passed/failed, severity, metadata)";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var select = arguments.Get("select") ?? "*";
        var partition = arguments.GetDate("partition");
        arguments.EnsureAllUsed();
        if (arguments.Positionals.Count > 0)
            throw new CliUsageException($"Unexpected argument '{arguments.Positionals[0]}'.");

        var catalog = CatalogFactory.Create(context.Configuration, TimeProvider.System);
        var assets = AssetSelection.Parse(select).Resolve(catalog.Graph);
        var log = await CliCatalog.OpenLogAsync(context.Configuration, cancellationToken);
        var results = await log.LatestChecksAsync(assets.ToList(), partition is { } d ? DailyPartitions.FormatKey(d) : null, cancellationToken);
        if (context.Json)
        {
            context.WriteJson(results.Select(CheckView.From));
            return 0;
        }
        var table = new TextTable("ASSET", "PARTITION", "CHECK", "RESULT", "SEVERITY", "BLOCKING", "SUMMARY");
        foreach (var result in results)
            table.Add(result.Asset.Value, result.Partition, result.CheckName, result.Passed ? "passed" : "FAILED",
                result.Severity.ToString().ToLowerInvariant(), result.Blocking ? "yes" : "no", result.Summary);
        table.WriteTo(context.Out);
        foreach (var failed in results.Where(r => !r.Passed))
            context.Out.WriteLine($"{failed.Asset} {failed.Partition} {failed.CheckName}: {failed.Metadata.ToJsonString()}");
        var failures = results.Count(r => !r.Passed);
        context.Out.WriteLine($"{results.Count} result{(results.Count == 1 ? "" : "s")}, {failures} failed");
        return 0;
    }
}
