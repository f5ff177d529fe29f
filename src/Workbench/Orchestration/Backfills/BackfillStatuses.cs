using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Orchestration.Backfills;

public static class BackfillStatuses
{
    public static string Word(this BackfillStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>
    /// Moves a backfill from one status to another only if it still has the first, so that processes racing on it
    /// (a run finishing here, a cancel there) never both win; true when this call made the move.
    /// </summary>
    public static async Task<bool> MoveAsync(CatalogDbContext db, long backfillId, BackfillStatus from, BackfillStatus to, DateTimeOffset now, CancellationToken cancellationToken)
    {
        DateTimeOffset? finishedAt = to == BackfillStatus.Running ? null : now;
        return await db.Backfills
            .Where(b => b.Id == backfillId && b.Status == from)
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.Status, to).SetProperty(b => b.FinishedAt, finishedAt), cancellationToken) == 1;
    }
}
