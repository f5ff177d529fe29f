using Lineage.Assets.Graph;
using Lineage.Assets.Keys;
using Lineage.Assets.Partitions;

namespace Lineage.Workbench.Health;

/// <summary>
/// Which asset partitions "materialize stale" runs: per date, the missing, stale or failed assets that are not sources
/// (those are observed, not written). Blocked ones are left out (their upstream must be repaired first), and so are
/// the ones a run is already working on.
/// </summary>
public static class StaleSteps
{
    public static IReadOnlyList<(DateOnly Date, IReadOnlySet<AssetKey> Assets)> Plan(AssetGraph graph, IEnumerable<AssetPartitionHealth> healths) =>
        healths
            .Where(h => h.Health is PartitionHealth.Missing or PartitionHealth.Stale or PartitionHealth.Failed && !graph[h.Asset].IsSource)
            .GroupBy(h => h.Partition, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (DailyPartitions.TryParseKey(g.Key, out var date) ? date : throw new ArgumentException($"'{g.Key}' is not a daily partition"),
                (IReadOnlySet<AssetKey>)g.Select(h => h.Asset).ToHashSet()))
            .ToList();
}
