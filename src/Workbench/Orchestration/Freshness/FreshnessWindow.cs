using Lineage.Assets.Graph;
using Lineage.Assets.Keys;
using Lineage.Assets.Partitions;

namespace Lineage.Workbench.Orchestration.Freshness;

/// <summary>
/// The partitions freshness looks at: of a daily-partitioned asset, the <c>WindowDays</c> most recent days up to
/// today (UTC); of any other asset, all of them. Daily keys compare as text in date order.
/// </summary>
internal sealed record FreshnessWindow(string FirstDailyPartition, IReadOnlyList<string> DailyAssets, IReadOnlyList<string> OtherAssets)
{
    public static FreshnessWindow For(AssetGraph graph, IEnumerable<AssetKey> assets, DateTimeOffset now, int windowDays)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var specs = assets.Distinct().Select(key => graph[key]).ToList();
        return new FreshnessWindow(
            DailyPartitions.FormatKey(today.AddDays(1 - windowDays)),
            specs.Where(s => s.Partitions is DailyPartitions).Select(s => s.Key.Value).ToList(),
            specs.Where(s => s.Partitions is not DailyPartitions).Select(s => s.Key.Value).ToList());
    }
}
