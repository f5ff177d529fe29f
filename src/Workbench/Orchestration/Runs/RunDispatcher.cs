using Lineage.Assets.Keys;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Orchestration.Runs;

/// <summary>
/// Moves a run forward after anything changed in it: queues the units whose upstream units all succeeded, blocks those
/// whose upstream failed, and finishes the run when every step is final. Any process may call it at any time, even
/// several at once: every change is a conditional update, so a unit is queued and a run finished exactly once.
/// </summary>
public sealed class RunDispatcher(
    AssetCatalog catalog, CatalogDbContextFactory contexts, IStepQueue queue, RunEventLog events, RunObservers observers, TimeProvider clock)
{
    public Task DispatchAsync(long runId, CancellationToken cancellationToken) => DispatchAsync(runId, null, cancellationToken);

    /// <summary>
    /// Moves the run forward where <paramref name="partition"/> changed (units only wait for units of their own
    /// partition), or everywhere when it is null; a run of many partitions is then not re-read after every unit.
    /// </summary>
    public async Task DispatchAsync(long runId, string? partition, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var db = await contexts.OpenAsync(cancellationToken);
            var run = await db.Runs.AsNoTracking().SingleAsync(r => r.Id == runId, cancellationToken);
            if (run.Status.IsFinal())
                return;
            if (!await db.RunSteps.AnyAsync(s => s.RunId == runId
                    && s.Status != StepStatus.Succeeded && s.Status != StepStatus.Failed && s.Status != StepStatus.Blocked && s.Status != StepStatus.Canceled,
                    cancellationToken))
            {
                await FinishAsync(db, run, await db.RunSteps.AsNoTracking().Where(s => s.RunId == runId).ToListAsync(cancellationToken), cancellationToken);
                return;
            }
            if (run.Status == RunStatus.Canceling)
                return;
            var steps = await db.RunSteps.AsNoTracking()
                .Where(s => s.RunId == runId && (partition == null || s.Partition == partition))
                .ToListAsync(cancellationToken);
            if (!await AdvanceAsync(db, steps, cancellationToken))
                return;
        }
    }

    /// <summary>Queues ready units and blocks doomed ones; true when something was blocked (which may finish the run).</summary>
    private async Task<bool> AdvanceAsync(CatalogDbContext db, IReadOnlyList<StoredRunStep> steps, CancellationToken cancellationToken)
    {
        var blockedAny = false;
        var ready = new List<IReadOnlyList<StoredRunStep>>();
        foreach (var partition in steps.GroupBy(s => s.Partition))
        {
            var units = partition.GroupBy(s => s.Unit).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var (unit, unitSteps) in units)
            {
                if (unitSteps.Any(s => s.Status != StepStatus.Pending))
                    continue;
                var upstream = UpstreamUnits(unit, unitSteps, units).SelectMany(u => units[u]).ToList();
                if (upstream.FirstOrDefault(s => s.Status is StepStatus.Failed or StepStatus.Blocked or StepStatus.Canceled) is { } failed)
                    blockedAny |= await BlockAsync(db, unitSteps, $"upstream {failed.AssetKey} {failed.Partition} {failed.Status.Word()}", cancellationToken);
                else if (upstream.All(s => s.Status == StepStatus.Succeeded))
                    ready.Add(unitSteps);
            }
        }
        await QueueAsync(db, ready, cancellationToken);
        return blockedAny;
    }

    /// <summary>The other units of the same partition that hold an upstream asset of this unit.</summary>
    private IEnumerable<string> UpstreamUnits(string unit, IReadOnlyList<StoredRunStep> unitSteps, IReadOnlyDictionary<string, List<StoredRunStep>> partitionUnits)
    {
        var graph = catalog.Graph;
        var upstreamAssets = unitSteps.SelectMany(s => graph.Upstream(new AssetKey(s.AssetKey))).Select(k => k.Value).ToHashSet(StringComparer.Ordinal);
        return partitionUnits
            .Where(u => u.Key != unit && u.Value.Any(s => upstreamAssets.Contains(s.AssetKey)))
            .Select(u => u.Key);
    }

    /// <summary>
    /// Claims each unit (pending → queued; a unit another process claimed first is skipped), records the events in
    /// one commit and hands the claimed units to the queue together.
    /// </summary>
    private async Task QueueAsync(CatalogDbContext db, IReadOnlyList<IReadOnlyList<StoredRunStep>> units, CancellationToken cancellationToken)
    {
        if (units.Count == 0)
            return;
        var now = clock.GetUtcNow();
        var claimed = new List<string>();
        foreach (var unitSteps in units)
        {
            var first = unitSteps[0];
            var count = await db.RunSteps
                .Where(s => s.RunId == first.RunId && s.Unit == first.Unit && s.Status == StepStatus.Pending)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, StepStatus.Queued).SetProperty(s => s.QueuedAt, now), cancellationToken);
            if (count == 0)
                continue;
            claimed.Add(first.Unit);
            foreach (var step in unitSteps)
            {
                step.Status = StepStatus.Queued;
                step.QueuedAt = now;
                db.RunEvents.Add(events.StepChanged(step, $"{step.AssetKey} {step.Partition} queued"));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await queue.EnqueueAsync(units[0][0].RunId, claimed, cancellationToken);
    }

    private async Task<bool> BlockAsync(CatalogDbContext db, IReadOnlyList<StoredRunStep> unitSteps, string reason, CancellationToken cancellationToken)
    {
        var first = unitSteps[0];
        var now = clock.GetUtcNow();
        var blocked = await db.RunSteps
            .Where(s => s.RunId == first.RunId && s.Unit == first.Unit && s.Status == StepStatus.Pending)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Status, StepStatus.Blocked)
                .SetProperty(s => s.Error, reason)
                .SetProperty(s => s.FinishedAt, now), cancellationToken);
        if (blocked == 0)
            return false;
        foreach (var step in await db.RunSteps.AsNoTracking().Where(s => s.RunId == first.RunId && s.Unit == first.Unit).ToListAsync(cancellationToken))
            db.RunEvents.Add(events.StepChanged(step, $"{step.AssetKey} {step.Partition} blocked: {reason}", RunEventLevels.Warning));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task FinishAsync(CatalogDbContext db, StoredRun run, IReadOnlyList<StoredRunStep> steps, CancellationToken cancellationToken)
    {
        var blockingCheck = await db.CheckResults.AsNoTracking()
            .Where(c => c.RunId == run.Id && !c.Passed && c.Blocking)
            .OrderBy(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var (status, error) = Outcome(run, steps, blockingCheck is null ? null : $"blocking check {blockingCheck.CheckName} of {blockingCheck.AssetKey} {blockingCheck.Partition} failed: {blockingCheck.Summary}");
        var now = clock.GetUtcNow();
        var finished = await db.Runs
            .Where(r => r.Id == run.Id && r.Status != RunStatus.Succeeded && r.Status != RunStatus.Failed && r.Status != RunStatus.Canceled)
            .ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Status, status)
                .SetProperty(r => r.Error, error)
                .SetProperty(r => r.FinishedAt, now), cancellationToken);
        if (finished == 0)
            return;
        run.Status = status;
        run.Error = error;
        run.FinishedAt = now;
        var counts = string.Join(", ", steps.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.Word()}"));
        db.RunEvents.Add(events.RunChanged(run, $"run {status.Word()}: {counts}{(error is null ? "" : $"; {error}")}",
            status == RunStatus.Succeeded ? RunEventLevels.Info : RunEventLevels.Error));
        await db.SaveChangesAsync(cancellationToken);
        await observers.RunFinishedAsync(run, steps, cancellationToken);
    }

    private static (RunStatus Status, string? Error) Outcome(StoredRun run, IReadOnlyList<StoredRunStep> steps, string? blockingCheck)
    {
        if (run.Status == RunStatus.Canceling || steps.Any(s => s.Status == StepStatus.Canceled))
            return (RunStatus.Canceled, "canceled");
        if (steps.FirstOrDefault(s => s.Status == StepStatus.Failed) is { } failed)
            return (RunStatus.Failed, $"{failed.AssetKey} {failed.Partition} failed: {failed.Error}");
        if (blockingCheck is not null)
            return (RunStatus.Failed, blockingCheck);
        if (steps.FirstOrDefault(s => s.Status == StepStatus.Blocked) is { } blocked)
            return (RunStatus.Failed, $"{blocked.AssetKey} {blocked.Partition} blocked: {blocked.Error}");
        return (RunStatus.Succeeded, null);
    }
}
