using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Orchestration.Backfills;

/// <summary>
/// Settles a backfill when its run finishes: completed once every asset partition of it has succeeded in some run of
/// it, canceled when the run was, failed (and resumable) otherwise.
/// </summary>
public sealed class BackfillProgress(CatalogDbContextFactory contexts, BackfillLock backfills, TimeProvider clock, ILogger<BackfillProgress> logger) : IRunObserver
{
    public async Task RunFinishedAsync(StoredRun run, IReadOnlyList<StoredRunStep> steps, CancellationToken cancellationToken)
    {
        if (run.BackfillId is not { } backfillId)
            return;
        await using var held = await backfills.HoldAsync(backfillId, cancellationToken);
        await using var db = await contexts.OpenAsync(cancellationToken);
        // An older run finishing late (canceled while a resume was already launched) says nothing about the backfill now.
        if (await db.Runs.AnyAsync(r => r.BackfillId == backfillId && r.Id > run.Id, cancellationToken))
            return;
        var assetPartitions = await BackfillSteps.ReadAsync(db, backfillId, cancellationToken);
        var outcome = assetPartitions.All(s => s.Status == StepStatus.Succeeded) ? BackfillStatus.Completed
            : run.Status == RunStatus.Canceled ? BackfillStatus.Canceled
            : BackfillStatus.Failed;
        if (await BackfillStatuses.MoveAsync(db, backfillId, BackfillStatus.Running, outcome, clock.GetUtcNow(), cancellationToken))
            logger.LogInformation("Backfill {BackfillId} {Outcome} with run {RunId}", backfillId, outcome.Word(), run.Id);
    }
}
