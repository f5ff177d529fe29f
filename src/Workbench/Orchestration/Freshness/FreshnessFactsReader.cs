using Lineage.Assets.Graph;
using Lineage.Assets.Keys;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Conventions;
using Lineage.Workbench.Storage.Materializations;
using Lineage.Workbench.Storage.Observations;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Orchestration.Freshness;

/// <summary>
/// Reads, in three queries whatever the number of partitions, what freshness needs from the catalog: the newest
/// materialization of each partition of the assets with a policy, every materialization of their materialized parents
/// and every observation of their source parents, all within the window.
/// </summary>
internal sealed class FreshnessFactsReader(CatalogDbContextFactory contexts, AssetGraph graph)
{
    public async Task<FreshnessFacts> ReadAsync(
        IReadOnlyList<AssetKey> assets, DateTimeOffset now, int windowDays, CancellationToken cancellationToken)
    {
        var parents = assets.SelectMany(graph.Parents).Distinct().ToList();
        var targets = FreshnessWindow.For(graph, assets, now, windowDays);
        var materialized = FreshnessWindow.For(graph, parents.Where(p => !graph[p].IsSource), now, windowDays);
        var sources = FreshnessWindow.For(graph, parents.Where(p => graph[p].IsSource), now, windowDays);

        await using var db = await contexts.OpenAsync(cancellationToken);

        var latest = await InWindow(db.Materializations.AsNoTracking(), targets)
            .GroupBy(m => new { m.AssetKey, m.Partition })
            .Select(g => g.OrderByDescending(m => m.SequenceNumber).ThenByDescending(m => m.Id).First())
            .ToListAsync(cancellationToken);

        var upstreamMaterializations = await InWindow(db.Materializations.AsNoTracking(), materialized)
            .Select(m => new { m.AssetKey, m.Partition, m.StartedAt, m.Duration })
            .ToListAsync(cancellationToken);

        var observations = await InWindow(db.SourceObservations.AsNoTracking(), sources)
            .Select(o => new { o.AssetKey, o.Partition, o.ObservedAt, o.DataVersion, o.FileCount })
            .ToListAsync(cancellationToken);

        var upstream = upstreamMaterializations
            .Select(m => new UpstreamRecord(m.AssetKey, m.Partition, m.StartedAt + m.Duration, null, HasData: true))
            .Concat(observations.Select(o => new UpstreamRecord(o.AssetKey, o.Partition, o.ObservedAt, o.DataVersion, o.FileCount > 0)));
        return new FreshnessFacts(
            upstream.ToLookup(r => r.Asset, StringComparer.Ordinal),
            latest.ToDictionary(
                m => (m.AssetKey, m.Partition),
                m => new LatestMaterialization(m.StartedAt, JsonText.ReadDictionary(m.UpstreamDataVersions))));
    }

    private static IQueryable<StoredMaterialization> InWindow(
        IQueryable<StoredMaterialization> rows, FreshnessWindow window) =>
        rows.Where(m => (window.DailyAssets.Contains(m.AssetKey) && string.Compare(m.Partition, window.FirstDailyPartition) >= 0)
            || window.OtherAssets.Contains(m.AssetKey));

    private static IQueryable<StoredSourceObservation> InWindow(
        IQueryable<StoredSourceObservation> rows, FreshnessWindow window) =>
        rows.Where(o => (window.DailyAssets.Contains(o.AssetKey) && string.Compare(o.Partition, window.FirstDailyPartition) >= 0)
            || window.OtherAssets.Contains(o.AssetKey));
}
