using Lineage.Assets.Graph;
using Lineage.Assets.Staleness;
using static Lineage.Assets.Tests.Staleness.StalenessFacts;
using static Lineage.Assets.Tests.Support.TestSpecs;

namespace Lineage.Assets.Tests.Staleness;

public class StalenessResolverTests
{
    // raw (source) -> base -> mid -> top; base -> side
    private static readonly AssetGraph Chain = BuildGraph(
        Source("raw"), Asset("base", "raw"), Asset("mid", "base"), Asset("top", "mid"), Asset("side", "base"));

    private static readonly MaterializationFact[] Consistent =
    [
        Made("base", "b1", ("raw", "r1")),
        Made("mid", "m1", ("base", "b1")),
        Made("top", "t1", ("mid", "m1")),
        Made("side", "s1", ("base", "b1")),
    ];

    private static StalenessResolver Resolver(
        IEnumerable<MaterializationFact> facts, params SourceObservation[] observations) =>
        new(Chain, facts, observations);

    private static IEnumerable<MaterializationFact> Replace(params MaterializationFact[] changed) =>
        Consistent.Where(f => changed.All(c => c.Asset != f.Asset)).Concat(changed);

    [Fact]
    public void Everything_consistent_is_fresh()
    {
        var resolver = Resolver(Consistent, Seen("raw", "r1"));

        Assert.All(KeysOf("raw", "base", "mid", "top", "side"), key =>
        {
            var status = resolver.GetStatus(key, Day);
            Assert.Equal(StaleStatus.Fresh, status.Status);
            Assert.Empty(status.Causes);
        });
    }

    [Fact]
    public void A_source_is_fresh_when_observed_and_missing_otherwise_never_stale()
    {
        var resolver = Resolver([], Seen("raw", "r1", "2026-11-19"));

        Assert.Equal(StaleStatus.Fresh, resolver.GetStatus(Key("raw"), "2026-11-19").Status);
        Assert.Equal(StaleStatus.Missing, resolver.GetStatus(Key("raw"), Day).Status);
    }

    [Fact]
    public void An_asset_partition_without_a_materialization_is_missing_without_causes()
    {
        var resolver = Resolver(Consistent.Where(f => f.Asset != Key("mid")), Seen("raw", "r1"));

        var status = resolver.GetStatus(Key("mid"), Day);

        Assert.Equal(StaleStatus.Missing, status.Status);
        Assert.Empty(status.Causes);
        Assert.Equal(Day, status.PartitionKey);
    }

    [Fact]
    public void A_changed_code_version_makes_the_partition_stale_and_names_both_versions()
    {
        var resolver = Resolver(Replace(Made("mid", Day, "m1", "v0", ("base", "b1"))), Seen("raw", "r1"));

        var status = resolver.GetStatus(Key("mid"), Day);

        Assert.Equal(StaleStatus.Stale, status.Status);
        var cause = Assert.Single(status.Causes);
        Assert.Equal(StaleCauseKind.CodeVersionChanged, cause.Kind);
        Assert.Null(cause.Dependency);
        Assert.Equal(Key("mid"), cause.Asset);
        Assert.Contains("'v0'", cause.Message);
        Assert.Contains("'v1'", cause.Message);
    }

    [Fact]
    public void Changed_source_data_makes_its_consumer_stale()
    {
        var resolver = Resolver(Consistent, Seen("raw", "r2"));

        var status = resolver.GetStatus(Key("base"), Day);

        var cause = Assert.Single(status.Causes);
        Assert.Equal(StaleCauseKind.SourceDataChanged, cause.Kind);
        Assert.Equal(Key("raw"), cause.Dependency);
        Assert.Contains("'r1'", cause.Message);
        Assert.Contains("'r2'", cause.Message);
        Assert.Equal(StaleStatus.Fresh, resolver.GetStatus(Key("raw"), Day).Status);
    }

    [Fact]
    public void A_source_not_observed_for_the_partition_is_an_upstream_missing_cause()
    {
        var resolver = Resolver(Consistent, Seen("raw", "r1", "2026-11-21"));

        var status = resolver.GetStatus(Key("base"), Day);

        Assert.Equal(StaleStatus.Stale, status.Status);
        var cause = Assert.Single(status.Causes);
        Assert.Equal(StaleCauseKind.UpstreamMissing, cause.Kind);
        Assert.Contains("raw", cause.Message);
        Assert.Contains(Day, cause.Message);
    }

    [Fact]
    public void A_rematerialized_upstream_makes_the_consumer_stale_as_upstream_newer()
    {
        var resolver = Resolver(Replace(Made("base", "b2", ("raw", "r1"))), Seen("raw", "r1"));

        var status = resolver.GetStatus(Key("mid"), Day);

        var cause = Assert.Single(status.Causes);
        Assert.Equal(StaleCauseKind.UpstreamNewer, cause.Kind);
        Assert.Equal(Key("base"), cause.Dependency);
        Assert.Contains("'b1'", cause.Message);
        Assert.Contains("'b2'", cause.Message);
        Assert.Equal(StaleStatus.Fresh, resolver.GetStatus(Key("base"), Day).Status);
    }

    [Fact]
    public void An_upstream_version_that_was_never_recorded_counts_as_newer()
    {
        var resolver = Resolver(Replace(Made("mid", "m1")), Seen("raw", "r1"));

        var cause = Assert.Single(resolver.GetStatus(Key("mid"), Day).Causes);

        Assert.Equal(StaleCauseKind.UpstreamNewer, cause.Kind);
        Assert.Contains("no recorded version", cause.Message);
    }

    [Fact]
    public void An_upstream_without_materialization_is_an_upstream_missing_cause()
    {
        var resolver = Resolver(Consistent.Where(f => f.Asset != Key("base")), Seen("raw", "r1"));

        var cause = Assert.Single(resolver.GetStatus(Key("mid"), Day).Causes);

        Assert.Equal(StaleCauseKind.UpstreamMissing, cause.Kind);
        Assert.Equal(Key("base"), cause.Dependency);
        Assert.Equal(StaleStatus.Missing, resolver.GetStatus(Key("base"), Day).Status);
    }

    [Fact]
    public void Staleness_propagates_three_levels_down_as_upstream_stale()
    {
        var resolver = Resolver(Consistent, Seen("raw", "r2"));

        Assert.Equal([StaleCauseKind.SourceDataChanged], Kinds(resolver.GetStatus(Key("base"), Day)));
        Assert.Equal([StaleCauseKind.UpstreamStale], Kinds(resolver.GetStatus(Key("mid"), Day)));
        var top = resolver.GetStatus(Key("top"), Day);
        Assert.Equal(StaleStatus.Stale, top.Status);
        var cause = Assert.Single(top.Causes);
        Assert.Equal(StaleCauseKind.UpstreamStale, cause.Kind);
        Assert.Equal(Key("mid"), cause.Dependency);
        Assert.Equal("Upstream asset mid is stale for partition 2026-11-20.", cause.Message);
        Assert.Equal([StaleCauseKind.UpstreamStale], Kinds(resolver.GetStatus(Key("side"), Day)));
    }

    [Fact]
    public void A_missing_upstream_makes_everything_below_its_consumer_stale()
    {
        var resolver = Resolver(Consistent.Where(f => f.Asset != Key("base")), Seen("raw", "r1"));

        Assert.Equal([StaleCauseKind.UpstreamStale], Kinds(resolver.GetStatus(Key("top"), Day)));
    }

    [Fact]
    public void Every_applicable_cause_is_listed()
    {
        var graph = BuildGraph(Source("raw"), Asset("a", "raw"), Asset("b", "raw"), Asset("c", "a", "b", "raw"));
        var facts = new[]
        {
            Made("a", "a2", ("raw", "r1")),
            Made("b", Day, "b1", "v0", ("raw", "r1")),
            Made("c", Day, "c1", "v0", ("a", "a1"), ("b", "b1"), ("raw", "r1")),
        };
        var resolver = new StalenessResolver(graph, facts, [Seen("raw", "r2")]);

        var status = resolver.GetStatus(Key("c"), Day);

        Assert.Equal(
            [
                StaleCauseKind.CodeVersionChanged,
                StaleCauseKind.SourceDataChanged,
                StaleCauseKind.UpstreamNewer,
                StaleCauseKind.UpstreamStale,
                StaleCauseKind.UpstreamStale,
            ],
            Kinds(status));
        Assert.Equal(
            [null, Key("raw"), Key("a"), Key("a"), Key("b")],
            status.Causes.Select(c => c.Dependency));
        Assert.All(status.Causes, c => Assert.Equal(Key("c"), c.Asset));
    }

    [Fact]
    public void Partitions_map_by_identity()
    {
        const string Next = "2026-11-21";
        var facts = Consistent.Append(Made("mid", Next, "m1", "v1", ("base", "b1")));
        var resolver = Resolver(facts, Seen("raw", "r1"), Seen("raw", "r1", Next));

        Assert.Equal(StaleStatus.Fresh, resolver.GetStatus(Key("mid"), Day).Status);
        Assert.Equal([StaleCauseKind.UpstreamMissing], Kinds(resolver.GetStatus(Key("mid"), Next)));
        Assert.Equal(StaleStatus.Missing, resolver.GetStatus(Key("top"), Next).Status);
    }

    [Fact]
    public void The_last_fact_given_for_a_partition_wins()
    {
        var facts = Consistent.Append(Made("base", "b9", ("raw", "r1")));
        var resolver = Resolver(facts, Seen("raw", "r1"));

        Assert.Equal([StaleCauseKind.UpstreamNewer], Kinds(resolver.GetStatus(Key("mid"), Day)));
    }

    [Fact]
    public void Facts_about_assets_outside_the_graph_are_ignored()
    {
        var resolver = Resolver(Consistent.Append(Made("gone", "g1")), Seen("raw", "r1"), Seen("old_raw", "o1"));

        Assert.Equal(StaleStatus.Fresh, resolver.GetStatus(Key("top"), Day).Status);
    }

    [Fact]
    public void A_status_is_computed_once_and_reused()
    {
        var resolver = Resolver(Consistent, Seen("raw", "r2"));

        var first = resolver.GetStatus(Key("mid"), Day);
        var viaBatch = resolver.GetStatuses(KeysOf("mid"), [Day]);

        Assert.Same(first, resolver.GetStatus(Key("mid"), Day));
        Assert.Same(first, viaBatch[0]);
    }

    [Fact]
    public void GetStatuses_lists_assets_in_the_given_order_then_partitions_without_duplicates()
    {
        const string Next = "2026-11-21";
        var resolver = Resolver(Consistent, Seen("raw", "r1"));

        var statuses = resolver.GetStatuses(KeysOf("top", "raw", "top"), [Day, Next, Day]);

        Assert.Equal(
            [("top", Day), ("top", Next), ("raw", Day), ("raw", Next)],
            statuses.Select(s => (s.Asset.Value, s.PartitionKey)));
        Assert.Equal(
            [StaleStatus.Fresh, StaleStatus.Missing, StaleStatus.Fresh, StaleStatus.Missing],
            statuses.Select(s => s.Status));
    }

    [Fact]
    public void An_unknown_asset_is_rejected_by_name()
    {
        var resolver = Resolver(Consistent);

        var error = Assert.Throws<UnknownAssetException>(() => resolver.GetStatus(Key("bottom"), Day));

        Assert.Contains("'bottom'", error.Message);
    }
}
