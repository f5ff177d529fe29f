using Lineage.Assets.Keys;
using Lineage.Materializers.Checks;
using Lineage.Materializers.Recording;
using Lineage.Workbench.Storage.Batches;
using Lineage.Workbench.Storage.Checks;
using Lineage.Workbench.Storage.Materializations;
using Lineage.Workbench.Storage.Observations;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Storage;

/// <summary>
/// The materialization log kept in the catalog database. The latest materialization of an asset partition is the one
/// committed last (the highest snapshot sequence number of its table), whenever it started; the newest observation or
/// check result is the latest instant, and rows with the same instant are told apart by the order they were recorded in.
/// </summary>
/// <param name="runId">The run whose steps write through this log, if any: stored with every materialization and check result.</param>
public sealed class CatalogMaterializationLog(CatalogDbContextFactory contexts, long? runId = null) : IMaterializationLog
{
    public async Task RecordMaterializationAsync(MaterializationRecord record, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        db.Materializations.Add(StoredMaterialization.From(record, runId));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RecordObservationAsync(SourceObservationRecord observation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        db.SourceObservations.Add(StoredSourceObservation.From(observation));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Records the results together; each is linked to the newest materialization of its partition that started
    /// before the check was evaluated, the data the check looked at.
    /// </summary>
    public async Task RecordChecksAsync(IReadOnlyList<CheckResult> results, CancellationToken cancellationToken)
    {
        if (results.Count == 0)
            return;
        await using var db = await contexts.OpenAsync(cancellationToken);
        foreach (var result in results)
        {
            var batchId = await db.Materializations
                .Where(m => m.AssetKey == result.Asset.Value && m.Partition == result.Partition && m.StartedAt <= result.EvaluatedAt)
                .OrderByDescending(m => m.StartedAt).ThenByDescending(m => m.Id)
                .Select(m => m.BatchId)
                .FirstOrDefaultAsync(cancellationToken);
            db.CheckResults.Add(StoredCheckResult.From(result, batchId, runId));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<MaterializationRecord?> LatestMaterializationAsync(AssetKey asset, string partition, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        var latest = await db.Materializations.AsNoTracking()
            .Where(m => m.AssetKey == asset.Value && m.Partition == partition)
            .OrderByDescending(m => m.SequenceNumber).ThenByDescending(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return latest?.ToRecord();
    }

    public async Task<SourceObservationRecord?> LatestObservationAsync(AssetKey asset, string partition, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        var latest = await db.SourceObservations.AsNoTracking()
            .Where(o => o.AssetKey == asset.Value && o.Partition == partition)
            .OrderByDescending(o => o.ObservedAt).ThenByDescending(o => o.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return latest?.ToRecord();
    }

    public async Task<IReadOnlyList<CheckResult>> LatestChecksAsync(IReadOnlyCollection<AssetKey> assets, string? partition, CancellationToken cancellationToken)
    {
        if (assets.Count == 0)
            return [];
        var keys = assets.Select(a => a.Value).Distinct().ToList();
        await using var db = await contexts.OpenAsync(cancellationToken);
        var candidates = db.CheckResults.AsNoTracking().Where(c => keys.Contains(c.AssetKey));
        if (partition is not null)
            candidates = candidates.Where(c => c.Partition == partition);
        var latest = await candidates
            .GroupBy(c => new { c.AssetKey, c.CheckName, c.Partition })
            .Select(g => g.OrderByDescending(c => c.EvaluatedAt).ThenByDescending(c => c.Id).First())
            .ToListAsync(cancellationToken);
        // Sorted here rather than in SQL: database collations differ, ordinal order does not.
        return latest
            .OrderBy(c => c.AssetKey, StringComparer.Ordinal)
            .ThenBy(c => c.CheckName, StringComparer.Ordinal)
            .ThenBy(c => c.Partition, StringComparer.Ordinal)
            .Select(c => c.ToResult())
            .ToList();
    }

    public async Task<BatchIntent?> BeginBatchAsync(BatchIntent intent, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        db.Batches.Add(StoredBatch.From(intent));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            // The unique index on unfinished (partition, group) refused the row; anything else is not ours to hide.
            var holder = await HolderAsync(intent, cancellationToken);
            if (holder is null)
                throw;
            return holder;
        }
    }

    private async Task<BatchIntent?> HolderAsync(BatchIntent intent, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        var holder = await db.Batches.AsNoTracking()
            .FirstOrDefaultAsync(b => b.Partition == intent.Partition && b.Group == intent.Group && b.EndedAt == null && b.BatchId != intent.BatchId, cancellationToken);
        return holder?.ToIntent();
    }

    public async Task TouchBatchAsync(BatchIntent intent, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        await db.Batches.Where(b => b.BatchId == intent.BatchId && b.Group == intent.Group && b.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(b => b.LastSeenAt, at), cancellationToken);
    }

    public async Task EndBatchAsync(BatchIntent intent, BatchEnd end, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (end == BatchEnd.RolledBack)
        {
            var tables = intent.Tables.Select(t => t.Asset.Value).ToList();
            await db.CheckResults.Where(c => c.MaterializationBatchId == intent.BatchId && tables.Contains(c.AssetKey)).ExecuteDeleteAsync(cancellationToken);
            await db.Materializations.Where(m => m.BatchId == intent.BatchId && tables.Contains(m.AssetKey)).ExecuteDeleteAsync(cancellationToken);
        }
        await db.Batches.Where(b => b.BatchId == intent.BatchId && b.Group == intent.Group && b.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(b => b.EndedAt, at).SetProperty(b => b.Outcome, end), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<BatchIntent>> UnfinishedBatchesAsync(string? partition, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        var unfinished = db.Batches.AsNoTracking().Where(b => b.EndedAt == null);
        if (partition is not null)
            unfinished = unfinished.Where(b => b.Partition == partition);
        var rows = await unfinished.ToListAsync(cancellationToken);
        return [.. rows.OrderBy(b => b.StartedAt).ThenBy(b => b.BatchId, StringComparer.Ordinal).ThenBy(b => b.Group, StringComparer.Ordinal).Select(b => b.ToIntent())];
    }
}
