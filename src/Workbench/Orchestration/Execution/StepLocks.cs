using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Orchestration.Execution;

/// <summary>
/// Keeps two steps off the same asset partition: a step takes a row per asset partition of its unit before it runs.
/// A row whose step is no longer running (it finished, or its node died and recovery reset it) is taken over.
/// </summary>
public sealed class StepLocks(CatalogDbContextFactory contexts, TimeProvider clock)
{
    /// <summary>Takes every lock of the steps, or none: null when taken, else the run holding one of them.</summary>
    public async Task<long?> TryAcquireAsync(IReadOnlyList<StoredRunStep> steps, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ours = steps.Select(s => s.Id).ToHashSet();
        foreach (var step in steps)
        {
            var held = await db.StepLocks.SingleOrDefaultAsync(l => l.AssetKey == step.AssetKey && l.Partition == step.Partition, cancellationToken);
            if (held is not null && !ours.Contains(held.StepId))
            {
                var holderRunning = await db.RunSteps.AnyAsync(s => s.Id == held.StepId && s.Status == StepStatus.Running, cancellationToken);
                if (holderRunning)
                    return held.RunId;
                db.StepLocks.Remove(held);
                held = null;
            }
            if (held is null)
                db.StepLocks.Add(new StoredStepLock
                {
                    AssetKey = step.AssetKey, Partition = step.Partition, StepId = step.Id, RunId = step.RunId, AcquiredAt = clock.GetUtcNow(),
                });
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            // Another step took one of the rows between our read and our insert.
            await transaction.RollbackAsync(cancellationToken);
            var contended = await HolderAsync(steps, cancellationToken);
            return contended ?? steps[0].RunId;
        }
    }

    public async Task ReleaseAsync(IReadOnlyList<StoredRunStep> steps, CancellationToken cancellationToken)
    {
        var ids = steps.Select(s => s.Id).ToList();
        await using var db = await contexts.OpenAsync(cancellationToken);
        await db.StepLocks.Where(l => ids.Contains(l.StepId)).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<long?> HolderAsync(IReadOnlyList<StoredRunStep> steps, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        foreach (var step in steps)
            if (await db.StepLocks.AsNoTracking().SingleOrDefaultAsync(l => l.AssetKey == step.AssetKey && l.Partition == step.Partition, cancellationToken) is { } held)
                return held.RunId;
        return null;
    }
}
