using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Orchestration.Jobs;

/// <summary>
/// Puts unfinished runs back in the queue when a node starts. With the in-memory job store the queue died with the
/// last process, so every unit that was queued, waiting, retrying or running is queued again. With a shared store the
/// cluster recovers the jobs of dead nodes itself; only units that lost their job (a node stopped mid-step) are queued.
/// </summary>
public sealed class RunRecovery(CatalogDbContextFactory contexts, QuartzStepQueue queue, RunDispatcher dispatcher, RunEventLog events, bool singleNode)
{
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        var runs = await db.Runs.AsNoTracking()
            .Where(r => r.Status == RunStatus.Queued || r.Status == RunStatus.Running || r.Status == RunStatus.Canceling)
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var recovered = 0;
        foreach (var runId in runs)
        {
            var steps = await db.RunSteps.Where(s => s.RunId == runId).ToListAsync(cancellationToken);
            foreach (var unit in steps.Where(s => !s.Status.IsFinal() && s.Status != StepStatus.Pending).GroupBy(s => s.Unit))
            {
                if (unit.Any(s => s.Status == StepStatus.Running) && !singleNode)
                    continue;
                if (!singleNode && await queue.IsQueuedAsync(runId, unit.Key, cancellationToken))
                    continue;
                foreach (var step in unit.Where(s => s.Status == StepStatus.Running))
                {
                    step.Status = StepStatus.Queued;
                    db.RunEvents.Add(events.StepChanged(step, $"{step.AssetKey} {step.Partition} was running when its node stopped; queued again", RunEventLevels.Warning));
                }
                var stepIds = unit.Select(s => s.Id).ToList();
                await db.StepLocks.Where(l => stepIds.Contains(l.StepId)).ExecuteDeleteAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await queue.EnqueueAsync(runId, unit.Key, unit.Max(s => s.NextAttemptAt), cancellationToken);
                recovered++;
            }
            await dispatcher.DispatchAsync(runId, cancellationToken);
        }
        return recovered;
    }
}
