using Lineage.Workbench.Orchestration.Execution;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Orchestration.Runs;

/// <summary>
/// Cancels a run: withdraws its steps that have not started, stops the running ones (at once in this process, within
/// a poll interval elsewhere) and lets the dispatcher finish it as canceled.
/// </summary>
public sealed class RunCanceller(
    CatalogDbContextFactory contexts, IStepQueue queue, RunDispatcher dispatcher, RunEventLog events, RunCancellationSignals signals, TimeProvider clock)
{
    /// <summary>False when the run had already finished.</summary>
    public async Task<bool> CancelAsync(long runId, string? by, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        var run = await db.Runs.SingleOrDefaultAsync(r => r.Id == runId, cancellationToken) ?? throw new RunNotFoundException(runId);
        var canceling = await db.Runs
            .Where(r => r.Id == runId && (r.Status == RunStatus.Queued || r.Status == RunStatus.Running))
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RunStatus.Canceling), cancellationToken);
        if (canceling == 0)
            return run.Status == RunStatus.Canceling;
        run.Status = RunStatus.Canceling;
        db.RunEvents.Add(events.RunChanged(run, $"cancel requested{(by is null ? "" : $" by {by}")}", RunEventLevels.Warning));
        await db.SaveChangesAsync(cancellationToken);

        signals.Cancel(runId);
        await queue.RemoveRunAsync(runId, cancellationToken);
        var now = clock.GetUtcNow();
        var withdrawn = await db.RunSteps.Where(s => s.RunId == runId
                && (s.Status == StepStatus.Pending || s.Status == StepStatus.Queued || s.Status == StepStatus.Waiting || s.Status == StepStatus.Retrying))
            .ToListAsync(cancellationToken);
        foreach (var step in withdrawn)
        {
            step.Status = StepStatus.Canceled;
            step.Error = "canceled";
            step.FinishedAt = now;
            db.RunEvents.Add(events.StepChanged(step, $"{step.AssetKey} {step.Partition} canceled", RunEventLevels.Warning));
        }
        await db.SaveChangesAsync(cancellationToken);
        await dispatcher.DispatchAsync(runId, cancellationToken);
        return true;
    }
}
