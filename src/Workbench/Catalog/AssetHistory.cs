using Lineage.Assets.Keys;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Materializations;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Catalog;

/// <summary>The recorded materializations and observations of one asset, for its page.</summary>
public sealed class AssetHistory(CatalogDbContextFactory contexts)
{
    public const int DefaultLimit = 100;

    /// <summary>The newest materialization of the asset's newest materialized partition, or null when it has none.</summary>
    public async Task<AssetEvent?> LatestMaterializationAsync(AssetKey asset, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        var newestPartition = await db.Materializations.AsNoTracking()
            .Where(m => m.AssetKey == asset.Value)
            .MaxAsync(m => (string?)m.Partition, cancellationToken);
        if (newestPartition is null)
            return null;
        var latest = await db.Materializations.AsNoTracking()
            .Where(m => m.AssetKey == asset.Value && m.Partition == newestPartition)
            .OrderByDescending(m => m.SequenceNumber).ThenByDescending(m => m.Id)
            .FirstAsync(cancellationToken);
        return Of(latest);
    }

    /// <summary>The newest partition the asset was materialized (or, for a source, observed) in, or null.</summary>
    public async Task<string?> NewestPartitionAsync(AssetKey asset, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        var materialized = await db.Materializations.AsNoTracking()
            .Where(m => m.AssetKey == asset.Value).MaxAsync(m => (string?)m.Partition, cancellationToken);
        var observed = await db.SourceObservations.AsNoTracking()
            .Where(o => o.AssetKey == asset.Value).MaxAsync(o => (string?)o.Partition, cancellationToken);
        return string.CompareOrdinal(materialized, observed) >= 0 ? materialized : observed;
    }

    /// <summary>Materializations and observations of the asset, newest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<AssetEvent>> EventsAsync(AssetKey asset, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "ask for at least one event");
        await using var db = await contexts.OpenAsync(cancellationToken);
        var materializations = await db.Materializations.AsNoTracking()
            .Where(m => m.AssetKey == asset.Value)
            .OrderByDescending(m => m.StartedAt).ThenByDescending(m => m.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        var observations = await db.SourceObservations.AsNoTracking()
            .Where(o => o.AssetKey == asset.Value)
            .OrderByDescending(o => o.ObservedAt).ThenByDescending(o => o.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return materializations.Select(Of)
            .Concat(observations.Select(o => new AssetEvent(
                AssetEventKind.Observation, o.ObservedAt, o.Partition, o.DataVersion, Files: o.FileCount, Bytes: o.Bytes)))
            .OrderByDescending(e => e.At)
            .Take(limit)
            .ToList();
    }

    private static AssetEvent Of(StoredMaterialization m) => new(
        AssetEventKind.Materialization, m.StartedAt, m.Partition, m.DataVersion, m.Rows, m.SnapshotId, m.Tag, m.Duration, m.RunId);
}
