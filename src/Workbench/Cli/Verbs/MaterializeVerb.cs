using System.Globalization;
using Lineage.Assets.Selection;
using Lineage.Materializers.Materialization;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Materialization;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary>
/// <c>lineage materialize --select SELECTION (--partition D | --from D1 --to D2)</c>: materializes in this process,
/// printing each asset partition as it completes; exit code 1 when a step failed or a blocking check failed.
/// </summary>
public sealed class MaterializeVerb : ICliVerb
{
    public IReadOnlyList<string> Words { get; } = ["materialize"];

    public string Usage => "materialize --select SELECTION (--partition YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD) [--json]";

    public string Summary => "materialize assets for date partitions in this process (a selection with raw_vqe_results observes it)";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var select = arguments.Require("select");
        var partitions = PartitionArguments.Require(arguments);
        arguments.EnsureAllUsed();
        if (arguments.Positionals.Count > 0)
            throw new CliUsageException($"Unexpected argument '{arguments.Positionals[0]}'.");

        var catalog = CatalogFactory.Create(context.Configuration, TimeProvider.System);
        var selection = AssetSelection.Parse(select).Resolve(catalog.Graph).ToHashSet();
        var log = await CliCatalog.OpenLogAsync(context.Configuration, cancellationToken);
        var materializer = MaterializerFactory.Create(context.Configuration, catalog, log, TimeProvider.System);
        var results = await materializer.MaterializeAsync(selection, partitions, context.Json ? null : step => WriteStep(context.Out, step), cancellationToken);

        if (context.Json)
            context.WriteJson(results.Select(StepView.From));
        else
            WriteSummary(context.Out, results);
        return results.Any(r => r.FailsRun) ? 1 : 0;
    }

    private static void WriteStep(TextWriter output, StepResult step)
    {
        var passed = step.Checks.Count(c => c.Passed);
        var snapshot = step.SnapshotId?.ToString(CultureInfo.InvariantCulture) ?? "-";
        var checks = step.Checks.Count == 0 ? "no checks" : $"checks {passed}/{step.Checks.Count} passed";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{step.Partition}  {step.Asset,-40} {step.Status.ToString().ToLowerInvariant(),-12} {step.Rows,10} {(step.Status == StepStatus.Observed ? "files" : "rows "),-5} snapshot {snapshot}  {checks}  {step.Duration.TotalSeconds:0.00}s"));
        if (step.Error is { } error)
            output.WriteLine($"    error: {error}");
        foreach (var failed in step.Checks.Where(c => !c.Passed))
            output.WriteLine($"    check {failed.CheckName} failed ({failed.Severity.ToString().ToLowerInvariant()}{(failed.Blocking ? ", blocking" : "")}): {failed.Summary}");
        foreach (var rejected in step.RejectedFiles)
            output.WriteLine($"    rejected {rejected}");
    }

    private static void WriteSummary(TextWriter output, IReadOnlyList<StepResult> results)
    {
        var byStatus = results.GroupBy(r => r.Status).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
        var failedChecks = results.Sum(r => r.Checks.Count(c => !c.Passed));
        output.WriteLine($"{results.Count} step{(results.Count == 1 ? "" : "s")}: {string.Join(", ", byStatus)}; {failedChecks} failed check{(failedChecks == 1 ? "" : "s")}");
    }
}
