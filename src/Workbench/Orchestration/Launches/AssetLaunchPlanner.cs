using Lineage.Assets.Keys;
using Lineage.Assets.Partitions;
using Lineage.Workbench.Orchestration.Backfills;
using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Orchestration.Launches;

/// <summary>
/// Plans and launches what the Partitions tab of an asset page offers; the plan shown for confirmation is computed by
/// the same planner the launch uses.
/// </summary>
public sealed class AssetLaunchPlanner(RunPlanner planner, RunLauncher launcher, BackfillService backfills)
{
    public async Task<AssetLaunchPlan> PlanAsync(AssetKey asset, AssetLaunchKind kind, IReadOnlyCollection<DateOnly> dates, CancellationToken cancellationToken)
    {
        if (dates.Count == 0)
            throw new ArgumentException("select at least one date to launch", nameof(dates));
        var ordered = dates.Distinct().Order().ToList();
        if (kind == AssetLaunchKind.Backfill)
            ordered = Enumerable.Range(0, ordered[^1].DayNumber - ordered[0].DayNumber + 1).Select(ordered[0].AddDays).ToList();
        var selection = kind is AssetLaunchKind.Materialize or AssetLaunchKind.Backfill ? asset.Value : "+" + asset.Value;
        var staleOnly = kind == AssetLaunchKind.MaterializeStale;
        var steps = await planner.PlanAsync(new LaunchRequest(selection, ordered, StaleOnly: staleOnly), cancellationToken);
        return new AssetLaunchPlan(kind, selection, ordered, staleOnly, steps);
    }

    /// <summary>Launches the plan as it was confirmed: only the steps it lists, even if the catalog has changed since.</summary>
    public async Task<AssetLaunchOutcome> LaunchAsync(AssetLaunchPlan plan, string? by, CancellationToken cancellationToken)
    {
        if (plan.Kind == AssetLaunchKind.Backfill)
        {
            var backfill = await backfills.LaunchAsync(plan.Selection, plan.Dates[0], plan.Dates[^1], plan.StaleOnly, by, cancellationToken);
            return new AssetLaunchOutcome(backfill.RunId, backfill.BackfillId, backfill.Steps, backfill.Message);
        }
        if (plan.Steps.Count == 0)
            return new AssetLaunchOutcome(null, null, 0, "nothing to run: every selected asset partition is fresh");
        var only = plan.Steps.Select(s => LaunchRequest.StepKey(s.Asset.Value, s.Partition)).ToHashSet(StringComparer.Ordinal);
        var dates = plan.Steps.Select(s => DailyPartitions.TryParseKey(s.Partition, out var date) ? date : throw new FormatException($"partition {s.Partition} is not a date")).Distinct().Order().ToList();
        var result = await launcher.LaunchAsync(
            new LaunchRequest(plan.Selection, dates, LaunchedBy: by, Only: only), cancellationToken);
        return new AssetLaunchOutcome(result.RunId, null, result.Steps, result.Message);
    }
}
