using Lineage.Assets.Graph;
using static Lineage.Assets.Tests.Support.TestSpecs;

namespace Lineage.Assets.Tests.Graph;

public class AssetGraphQueryTests
{
    // raw -> molecules, results, iterations -> features -> summary; results -> report
    private static readonly AssetGraph Quantum = BuildGraph(
        Source("raw").InGroup("sources"),
        Asset("q/molecules", "raw").InGroup("base").WithCheck("keys_unique", blocking: true),
        Asset("q/results", "raw").InGroup("base").WithCheck("energy_finite"),
        Asset("q/iterations", "raw").InGroup("base"),
        Asset("q/features", "q/results", "q/molecules", "q/iterations").InGroup("ml").WithCheck("no_nulls"),
        Asset("q/summary", "q/features").InGroup("ml"),
        Asset("q/report", "q/results").InGroup("ml"));

    [Fact]
    public void Parents_and_children_are_direct_neighbours_in_topological_order()
    {
        Assert.Equal(["q/iterations", "q/molecules", "q/results"], Values(Quantum.Parents(Key("q/features"))));
        Assert.Equal(["q/features", "q/report"], Values(Quantum.Children(Key("q/results"))));
        Assert.Empty(Quantum.Parents(Key("raw")));
        Assert.Empty(Quantum.Children(Key("q/summary")));
    }

    [Fact]
    public void Upstream_is_the_transitive_closure_without_the_asset_itself()
    {
        Assert.Equal(
            ["raw", "q/iterations", "q/molecules", "q/results", "q/features"],
            Values(Quantum.Upstream(Key("q/summary"))));
        Assert.Equal(["raw", "q/results"], Values(Quantum.Upstream(Key("q/report"))));
        Assert.Empty(Quantum.Upstream(Key("raw")));
    }

    [Fact]
    public void Downstream_is_the_transitive_closure_without_the_asset_itself()
    {
        Assert.Equal(["q/features", "q/report", "q/summary"], Values(Quantum.Downstream(Key("q/results"))));
        Assert.Equal(6, Quantum.Downstream(Key("raw")).Count);
        Assert.Empty(Quantum.Downstream(Key("q/summary")));
    }

    [Fact]
    public void The_indexer_returns_the_spec_and_rejects_an_unknown_key_by_name()
    {
        Assert.Equal("ml", Quantum[Key("q/summary")].Group);

        var error = Assert.Throws<UnknownAssetException>(() => Quantum[Key("q/sumary")]);
        Assert.IsAssignableFrom<KeyNotFoundException>(error);
        Assert.Contains("'q/sumary'", error.Message);
        Assert.Contains("q/summary", error.Message);
    }

    [Fact]
    public void TryGet_reports_whether_the_key_exists()
    {
        Assert.True(Quantum.TryGet(Key("q/molecules"), out var spec));
        Assert.Equal(Key("q/molecules"), spec.Key);
        Assert.False(Quantum.TryGet(Key("molecules"), out _));
    }

    [Fact]
    public void Neighbour_queries_on_an_unknown_key_name_it()
    {
        var error = Assert.Throws<UnknownAssetException>(() => Quantum.Upstream(Key("q/nothing")));

        Assert.Contains("'q/nothing'", error.Message);
        Assert.Throws<UnknownAssetException>(() => Quantum.Children(Key("q/nothing")));
    }

    [Fact]
    public void Checks_lists_every_check_in_topological_order_of_their_assets()
    {
        Assert.Equal(["keys_unique", "energy_finite", "no_nulls"], Quantum.Checks.Select(c => c.Name));
        Assert.True(Quantum.Checks[0].Blocking);
    }

    [Fact]
    public void Groups_are_distinct_and_sorted()
    {
        Assert.Equal(["base", "ml", "sources"], Quantum.Groups);
    }

    [Fact]
    public void A_long_chain_is_built_and_walked_without_deep_recursion()
    {
        const int length = 20_000;
        var specs = Enumerable.Range(0, length)
            .Select(i => i == 0 ? Asset("n00000") : Asset($"n{i:D5}", $"n{i - 1:D5}"))
            .Reverse()
            .ToArray();

        var graph = BuildGraph(specs);

        Assert.Equal("n00000", graph.TopologicalOrder[0].Value);
        Assert.Equal(length - 1, graph.Upstream(Key($"n{length - 1:D5}")).Count);
        Assert.Equal(length - 1, graph.Downstream(Key("n00000")).Count);
    }
}
