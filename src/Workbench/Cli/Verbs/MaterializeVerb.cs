using System.Globalization;
using Lineage.Assets.Keys;
using Lineage.Assets.Partitions;
using Lineage.Assets.Selection;
using Lineage.Materializers.Materialization;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Health;
using Lineage.Workbench.Materialization;
using Lineage.Workbench.Storage;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary>
/// <c>lineage materialize --select SELECTION (--partition D | --from D1 --to D2)</c>: materializes in this process,
/// printing each asset partition as it completes; exit code 1 when a step failed or a blocking check failed.
/// With <c>--server URL</c> the run is launched on that workbench instead and <c>--follow</c> streams its events.
/// </summary>
public sealed class MaterializeVerb : ICliVerb, IHasSwitches
{
    public IReadOnlySet<string> Switches { get; } = new HashSet<string> { "stale", "follow" };

    public IReadOnlyList<string> Words { get; } = ["materialize"];

    public string Usage => "materialize --select SELECTION (--partition YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD) [--stale] [--server URL [--follow]] [--json]";

    public string Summary =>
        "materialize assets for date partitions in this process (a selection with raw_vqe_results observes it); " +
        "--stale observes the raw source, then runs only the missing or stale asset partitions; " +
        "--server launches a run on that workbench and prints its id, --follow then prints its events until it finishes";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var select = arguments.Require("select");
        var partitions = PartitionArguments.Require(arguments);
        var staleOnly = arguments.Has("stale");
        var server = arguments.Get("server");
        var follow = arguments.Has("follow");
        arguments.EnsureAllUsed();
        if (arguments.Positionals.Count > 0)
            throw new CliUsageException($"Unexpected argument '{arguments.Positionals[0]}'.");
        if (server is not null)
            return await RemoteMaterialize.RunAsync(server, select, partitions, staleOnly, follow, context, cancellationToken);
        if (follow)
            throw new CliUsageException("--follow streams a run on a workbench: add --server URL.");

        var catalog = CatalogFactory.Create(context.Configuration, TimeProvider.System);
        var selection = AssetSelection.Parse(select).Resolve(catalog.Graph).ToHashSet();
        await PartitionWindow.From(context.Configuration, TimeProvider.System).RequireAsync(partitions, cancellationToken);
        var database = await CliCatalog.OpenAsync(context.Configuration, cancellationToken);
        var materializer = MaterializerFactory.Create(context.Configuration, catalog, new CatalogMaterializationLog(database), TimeProvider.System);
        Action<StepResult>? onStep = context.Json ? null : step => WriteStep(context.Out, step);
        materializer.WaitingForBatch += holder => context.Error.WriteLine(
            $"partition {holder.Partition} waits for batch {holder.BatchId} ({holder.Group}) of process {holder.Owner.ProcessId} on {holder.Owner.Host} to end");
        var results = staleOnly
            ? await MaterializeStaleAsync(catalog, database, materializer, selection, partitions, onStep, context, cancellationToken)
            : await materializer.MaterializeAsync(selection, partitions, onStep, cancellationToken);

        if (context.Json)
            context.WriteJson(results.Select(StepView.From));
        else
            WriteSummary(context.Out, results);
        return results.Any(r => r.FailsRun) ? 1 : 0;
    }

    /// <summary>Observes the sources upstream of the selection, then materializes only what is missing or stale.</summary>
    private static async Task<IReadOnlyList<StepResult>> MaterializeStaleAsync(
        AssetCatalog catalog, CatalogDbContextFactory database, QuantumMaterializer materializer, IReadOnlySet<AssetKey> selection,
        IReadOnlyList<DateOnly> partitions, Action<StepResult>? onStep, CliContext context, CancellationToken cancellationToken)
    {
        var graph = catalog.Graph;
        var sources = selection.Concat(selection.SelectMany(graph.Upstream)).Where(k => graph[k].IsSource).ToHashSet();
        var results = new List<StepResult>(await materializer.MaterializeAsync(sources, partitions, onStep, cancellationToken));
        var assets = graph.TopologicalOrder.Where(selection.Contains).ToList();
        var healths = await new PartitionStatusService(catalog, database, MaterializerFactory.Recovery(context.Configuration, catalog, database, TimeProvider.System))
            .GetAsync(assets, partitions.Select(DailyPartitions.FormatKey).ToList(), cancellationToken);
        var plan = StaleSteps.Plan(graph, healths);
        if (plan.Count == 0 && !context.Json)
            context.Out.WriteLine("nothing is missing or stale in the selection and partitions");
        foreach (var (date, stale) in plan)
            results.AddRange(await materializer.MaterializeAsync(stale.ToHashSet(), [date], onStep, cancellationToken));
        return results;
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
