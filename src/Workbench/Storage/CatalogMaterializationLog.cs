using Lineage.Assets.Keys;
using Lineage.Materializers.Checks;
using Lineage.Materializers.Recording;
using Lineage.Workbench.Storage.Checks;
using Lineage.Workbench.Storage.Materializations;
using Lineage.Workbench.Storage.Observations;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Storage;

/// <summary>
/// The materialization log kept in the catalog database. "Newest" means the latest start (or observation, or
/// evaluation) instant; rows with the same instant are told apart by the order they were recorded in.
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
            .OrderByDescending(m => m.StartedAt).ThenByDescending(m => m.Id)
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
}
