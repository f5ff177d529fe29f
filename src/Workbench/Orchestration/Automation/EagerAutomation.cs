using Lineage.Assets.Partitions;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Orchestration.Automation;

/// <summary>
/// Eager materialization: when a run finishes, launches one run of the eager asset partitions that follow it
/// (<see cref="EagerPlan"/>), stale-only and limited to exactly those pairs, leaving out the ones another unfinished run
/// is about to run.
/// </summary>
public sealed class EagerAutomation(
    AutomationOptions options, EagerAssets eager, AssetCatalog catalog, CatalogDbContextFactory contexts, IServiceProvider services,
    ILogger<EagerAutomation> logger) : IRunObserver
{
    private static readonly StepStatus[] Unfinished = [StepStatus.Pending, StepStatus.Queued, StepStatus.Waiting, StepStatus.Running, StepStatus.Retrying];

    public async Task RunFinishedAsync(StoredRun run, IReadOnlyList<StoredRunStep> steps, CancellationToken cancellationToken)
    {
        if (!options.Enabled || eager.Keys.Count == 0)
            return;
        var plan = EagerPlan.After(catalog.Graph, eager.Keys, run, steps);
        if (plan.Count == 0)
            return;
        var busy = await BusyElsewhereAsync(run.Id, plan, cancellationToken);
        var launch = plan.Where(s => !busy.Contains(s.StepKey)).ToList();
        if (launch.Count == 0)
            return;

        var request = new LaunchRequest(
            string.Join(", ", launch.Select(s => s.Asset.Value).Distinct()),
            launch.Select(s => DailyPartitions.TryParseKey(s.Partition, out var date) ? date : throw new ArgumentException($"'{s.Partition}' is not a daily partition"))
                .Distinct().Order().ToList(),
            RunTrigger.Automation,
            StaleOnly: true,
            LaunchedBy: $"automation after run {run.Id}",
            Only: launch.Select(s => s.StepKey).ToHashSet(StringComparer.Ordinal));
        // Resolved here, not injected: the launcher's dispatcher calls the observers, this one among them.
        var result = await services.GetRequiredService<RunLauncher>().LaunchAsync(request, cancellationToken);
        logger.LogInformation("Automation after run {RunId}: {Message}", run.Id, result.Message);
    }

    private async Task<HashSet<string>> BusyElsewhereAsync(long runId, IReadOnlyList<EagerStep> plan, CancellationToken cancellationToken)
    {
        var assets = plan.Select(s => s.Asset.Value).Distinct().ToList();
        var partitions = plan.Select(s => s.Partition).Distinct().ToList();
        await using var db = await contexts.OpenAsync(cancellationToken);
        var busy = await db.RunSteps.AsNoTracking()
            .Where(s => s.RunId != runId && Unfinished.Contains(s.Status) && assets.Contains(s.AssetKey) && partitions.Contains(s.Partition))
            .Join(db.Runs.Where(r => r.Status != RunStatus.Succeeded && r.Status != RunStatus.Failed && r.Status != RunStatus.Canceled),
                s => s.RunId, r => r.Id, (s, _) => new { s.AssetKey, s.Partition })
            .ToListAsync(cancellationToken);
        return busy.Select(s => LaunchRequest.StepKey(s.AssetKey, s.Partition)).ToHashSet(StringComparer.Ordinal);
    }
}
