using Lineage.Assets.Keys;
using Lineage.Assets.Specs;
using Lineage.Assets.Staleness;
using static Lineage.Assets.Tests.Support.TestSpecs;

namespace Lineage.Assets.Tests.Staleness;

public class StalenessScaleTests
{
    private const int AssetCount = 1_000;
    private const int DayCount = 365;

    [Fact]
    public void A_code_change_at_the_top_of_a_thousand_asset_chain_reaches_the_bottom_of_every_partition()
    {
        var keys = Enumerable.Range(0, AssetCount).Select(i => Key($"chain/a{i:D4}")).ToArray();
        var specs = keys.Select((key, i) => Asset(key.Value, i == 0 ? [] : [keys[i - 1].Value]))
            .Select((spec, i) => i == 0 ? spec with { CodeVersion = "v2" } : spec);
        var graph = BuildGraph([.. specs]);
        var days = Enumerable.Range(0, DayCount)
            .Select(d => new DateOnly(2026, 1, 1).AddDays(d).ToString("yyyy-MM-dd"))
            .ToArray();
        var version = new DataVersion("same");
        var consumed = keys.Select((_, i) => i == 0
            ? new Dictionary<AssetKey, DataVersion>()
            : new Dictionary<AssetKey, DataVersion> { [keys[i - 1]] = version }).ToArray();
        var facts = days.SelectMany(day => keys.Select((key, i) =>
            new MaterializationFact(key, day, version, "v1", consumed[i])));

        var resolver = new StalenessResolver(graph, facts, []);
        var bottom = resolver.GetStatuses([keys[^1]], days);

        Assert.Equal(DayCount, bottom.Count);
        Assert.All(bottom, status =>
        {
            Assert.Equal(StaleStatus.Stale, status.Status);
            Assert.Equal(StaleCauseKind.UpstreamStale, Assert.Single(status.Causes).Kind);
        });
        var top = resolver.GetStatus(keys[0], days[^1]);
        Assert.Equal(StaleCauseKind.CodeVersionChanged, Assert.Single(top.Causes).Kind);
    }

    [Fact]
    public void A_single_status_deep_in_a_long_chain_is_computed_without_recursion()
    {
        const int length = 20_000;
        var specs = new List<AssetSpec> { Source("s/n00000") };
        specs.AddRange(Enumerable.Range(1, length - 1).Select(i => Asset($"s/n{i:D5}", $"s/n{i - 1:D5}")));
        var resolver = new StalenessResolver(BuildGraph([.. specs]), [], []);

        var status = resolver.GetStatus(Key($"s/n{length - 1:D5}"), "2026-01-01");

        Assert.Equal(StaleStatus.Missing, status.Status);
    }
}
