using Lineage.Assets.Keys;
using Lineage.Materializers.Materialization;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Materialization;
using Lineage.Workbench.Storage;

namespace Lineage.Workbench.Orchestration.Schedules;

/// <summary>Lists source partitions and records what they hold (files, bytes, data version) as observations in the catalog.</summary>
public sealed class SourceObserver(IConfiguration configuration, AssetCatalog catalog, CatalogDbContextFactory contexts, TimeProvider clock)
{
    /// <summary>Observes <paramref name="sources"/> for each partition; returns how many source partitions were observed.</summary>
    public async Task<int> ObserveAsync(IReadOnlyCollection<AssetKey> sources, IReadOnlyList<DateOnly> partitions, CancellationToken cancellationToken)
    {
        var materializer = MaterializerFactory.Create(configuration, catalog, new CatalogMaterializationLog(contexts), clock);
        var results = await materializer.MaterializeAsync(sources, partitions, null, cancellationToken);
        return results.Count(r => r.Status == StepStatus.Observed);
    }
}
