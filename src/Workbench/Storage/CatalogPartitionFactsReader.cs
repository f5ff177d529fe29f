using Lineage.Assets.Keys;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Storage;

/// <summary>
/// Reads, in one query per table, the newest materialization of each (asset, partition), the newest observation of
/// each (source, partition) and the newest result of each (asset, check, partition) for a set of assets and an
/// inclusive range of partition keys. Partition keys compare as text, which orders yyyy-MM-dd keys by date.
/// </summary>
public sealed class CatalogPartitionFactsReader(CatalogDbContextFactory contexts)
{
    public async Task<LatestPartitionFacts> ReadAsync(
        IReadOnlyCollection<AssetKey> assets, string fromPartition, string toPartition, CancellationToken cancellationToken)
    {
        if (assets.Count == 0)
            return new LatestPartitionFacts([], [], []);
        var keys = assets.Select(a => a.Value).Distinct().ToList();
        await using var db = await contexts.OpenAsync(cancellationToken);

        var materializations = await db.Materializations.AsNoTracking()
            .Where(m => keys.Contains(m.AssetKey)
                && string.Compare(m.Partition, fromPartition) >= 0 && string.Compare(m.Partition, toPartition) <= 0)
            .GroupBy(m => new { m.AssetKey, m.Partition })
            .Select(g => g.OrderByDescending(m => m.SequenceNumber).ThenByDescending(m => m.Id).First())
            .ToListAsync(cancellationToken);

        var observations = await db.SourceObservations.AsNoTracking()
            .Where(o => keys.Contains(o.AssetKey)
                && string.Compare(o.Partition, fromPartition) >= 0 && string.Compare(o.Partition, toPartition) <= 0)
            .GroupBy(o => new { o.AssetKey, o.Partition })
            .Select(g => g.OrderByDescending(o => o.ObservedAt).ThenByDescending(o => o.Id).First())
            .ToListAsync(cancellationToken);

        var checks = await db.CheckResults.AsNoTracking()
            .Where(c => keys.Contains(c.AssetKey)
                && string.Compare(c.Partition, fromPartition) >= 0 && string.Compare(c.Partition, toPartition) <= 0)
            .GroupBy(c => new { c.AssetKey, c.CheckName, c.Partition })
            .Select(g => g.OrderByDescending(c => c.EvaluatedAt).ThenByDescending(c => c.Id).First())
            .ToListAsync(cancellationToken);

        return new LatestPartitionFacts(
            materializations.Select(m => m.ToRecord()).ToList(),
            observations.Select(o => o.ToRecord()).ToList(),
            checks.Select(c => c.ToResult()).ToList());
    }
}
