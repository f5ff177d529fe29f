using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Orchestration.Backfills;

/// <summary>
/// Reads the asset partitions of backfills from the steps of their runs: each one takes the status of its newest step
/// row (highest id), except that a success in any run of the backfill stands (later runs of it never redo a success).
/// </summary>
public static class BackfillSteps
{
    public static async Task<IReadOnlyList<BackfillStep>> ReadAsync(CatalogDbContext db, long backfillId, CancellationToken cancellationToken) =>
        (await ReadAsync(db, [backfillId], cancellationToken))[backfillId].ToList();

    public static async Task<ILookup<long, BackfillStep>> ReadAsync(CatalogDbContext db, IReadOnlyCollection<long> backfillIds, CancellationToken cancellationToken)
    {
        var ids = backfillIds.ToList();
        var rows = await (
                from step in db.RunSteps.AsNoTracking()
                join run in db.Runs.AsNoTracking() on step.RunId equals run.Id
                where run.BackfillId != null && ids.Contains(run.BackfillId.Value)
                select new { BackfillId = run.BackfillId!.Value, step.Id, step.AssetKey, step.Partition, step.Status })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => (r.BackfillId, r.AssetKey, r.Partition))
            .Select(g => (g.Key.BackfillId, Step: new BackfillStep(g.Key.AssetKey, g.Key.Partition,
                g.Any(r => r.Status == StepStatus.Succeeded) ? StepStatus.Succeeded : g.MaxBy(r => r.Id)!.Status)))
            .OrderBy(s => s.Step.Partition, StringComparer.Ordinal).ThenBy(s => s.Step.Asset, StringComparer.Ordinal)
            .ToLookup(s => s.BackfillId, s => s.Step);
    }
}
