using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Orchestration.Backfills;

/// <summary>Reads backfills for the API, the CLI and the pages, their progress computed from the steps of their runs.</summary>
public sealed class BackfillQueries(CatalogDbContextFactory contexts)
{
    public const int MaxLimit = 500;

    public async Task<BackfillView> GetAsync(long backfillId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        var backfill = await db.Backfills.AsNoTracking().SingleOrDefaultAsync(b => b.Id == backfillId, cancellationToken)
            ?? throw new BackfillNotFoundException(backfillId);
        var runIds = await RunIdsAsync(db, [backfillId], cancellationToken);
        var steps = await BackfillSteps.ReadAsync(db, backfillId, cancellationToken);
        var partitions = steps
            .GroupBy(s => s.Partition)
            .Select(g => new BackfillPartitionView(g.Key, BackfillPartitionStatus.Of(g.Select(s => s.Status).ToList()), BackfillPartitionStatus.Count(g.Select(s => s.Status))))
            .ToList();
        return View(backfill, runIds[backfillId].ToList(), steps, partitions);
    }

    /// <summary>Newest first, with counts but without each date's details.</summary>
    public async Task<IReadOnlyList<BackfillView>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit)
            throw new ArgumentException($"limit must be between 1 and {MaxLimit}, not {limit}");
        await using var db = await contexts.OpenAsync(cancellationToken);
        var page = await db.Backfills.AsNoTracking().OrderByDescending(b => b.Id).Take(limit).ToListAsync(cancellationToken);
        var ids = page.Select(b => b.Id).ToList();
        var runIds = await RunIdsAsync(db, ids, cancellationToken);
        var steps = await BackfillSteps.ReadAsync(db, ids, cancellationToken);
        return page.Select(b => View(b, runIds[b.Id].ToList(), steps[b.Id].ToList(), [])).ToList();
    }

    private static async Task<ILookup<long, long>> RunIdsAsync(CatalogDbContext db, IReadOnlyCollection<long> backfillIds, CancellationToken cancellationToken)
    {
        var ids = backfillIds.ToList();
        var runs = await db.Runs.AsNoTracking()
            .Where(r => r.BackfillId != null && ids.Contains(r.BackfillId.Value))
            .OrderBy(r => r.Id)
            .Select(r => new { BackfillId = r.BackfillId!.Value, r.Id })
            .ToListAsync(cancellationToken);
        return runs.ToLookup(r => r.BackfillId, r => r.Id);
    }

    private static BackfillView View(StoredBackfill backfill, IReadOnlyList<long> runIds, IReadOnlyList<BackfillStep> steps, IReadOnlyList<BackfillPartitionView> partitions) => new(
        backfill.Id,
        backfill.Selection,
        backfill.FromDate,
        backfill.ToDate,
        backfill.Status.Word(),
        backfill.LaunchedBy,
        backfill.CreatedAt,
        backfill.FinishedAt,
        runIds,
        BackfillPartitionStatus.Count(steps.Select(s => s.Status)),
        partitions);
}
