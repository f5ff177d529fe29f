using Lineage.Assets.Graph;
using Lineage.Assets.Specs;
using static Lineage.Assets.Tests.Support.TestSpecs;

namespace Lineage.Assets.Tests.Graph;

public class AssetGraphBuildTests
{
    [Fact]
    public void Topological_order_puts_parents_first_and_breaks_ties_by_key()
    {
        var graph = BuildGraph(
            Asset("z"), Asset("d", "c", "b"), Asset("c", "a"), Asset("b", "a"), Asset("e"), Asset("a"));

        Assert.Equal(["a", "b", "c", "d", "e", "z"], Values(graph.TopologicalOrder));
        Assert.Equal(["a", "b", "c", "d", "e", "z"], Values(graph.Specs.Select(s => s.Key)));
    }

    [Fact]
    public void Topological_order_does_not_depend_on_the_order_specs_are_given_in()
    {
        AssetSpec[] specs = [Asset("m/x"), Asset("m/y", "m/x"), Asset("a/q", "m/y"), Asset("b/r"), Asset("a/p", "m/x")];

        var forward = BuildGraph(specs);
        var backward = BuildGraph([.. specs.Reverse()]);

        Assert.Equal(["b/r", "m/x", "a/p", "m/y", "a/q"], Values(forward.TopologicalOrder));
        Assert.Equal(forward.TopologicalOrder, backward.TopologicalOrder);
    }

    [Fact]
    public void Duplicate_keys_are_rejected_naming_the_key()
    {
        var error = Assert.Throws<AssetGraphException>(() => BuildGraph(Asset("a"), Asset("g/b"), Asset("g/b", "a")));

        Assert.Contains("'g/b' is defined twice", error.Message);
    }

    [Fact]
    public void A_dependency_on_an_unknown_asset_names_both_and_suggests_a_close_key()
    {
        var error = Assert.Throws<AssetGraphException>(() =>
            BuildGraph(Asset("q/molecules"), Asset("q/features", "q/molecule")));

        Assert.Contains("'q/features' depends on 'q/molecule', which is not defined", error.Message);
        Assert.Contains("Did you mean: q/molecules?", error.Message);
    }

    [Fact]
    public void A_cycle_is_reported_in_data_flow_order_starting_at_its_smallest_key()
    {
        var error = Assert.Throws<AssetGraphException>(() =>
            BuildGraph(Asset("a", "c"), Asset("b", "a"), Asset("c", "b"), Asset("root"), Asset("d", "c", "root")));

        Assert.Contains("a -> b -> c -> a", error.Message);
    }

    [Fact]
    public void A_cycle_is_found_even_when_only_assets_downstream_of_it_have_smaller_keys()
    {
        var error = Assert.Throws<AssetGraphException>(() =>
            BuildGraph(Asset("a", "d"), Asset("b", "d"), Asset("c", "b"), Asset("d", "c")));

        Assert.Contains("b -> c -> d -> b", error.Message);
        Assert.DoesNotContain("a ->", error.Message);
    }

    [Fact]
    public void An_asset_depending_on_itself_is_a_cycle()
    {
        var error = Assert.Throws<AssetGraphException>(() => BuildGraph(Asset("s/a", "s/a")));

        Assert.Contains("s/a -> s/a", error.Message);
    }

    [Fact]
    public void A_dependency_listed_twice_counts_once()
    {
        var graph = BuildGraph(Asset("a"), Asset("b", "a", "a"));

        Assert.Equal(["a"], Values(graph.Parents(Key("b"))));
        Assert.Equal(["b"], Values(graph.Children(Key("a"))));
    }

    [Fact]
    public void Column_lineage_into_declared_columns_of_direct_deps_is_accepted()
    {
        var graph = BuildGraph(
            Source("raw").WithColumns(Column("vqe_result.minimum")),
            Asset("results", "raw").WithColumns(Column("minimum_energy", "raw.vqe_result.minimum")));

        Assert.Equal(2, graph.Specs.Count);
    }

    [Fact]
    public void Column_lineage_into_an_asset_that_is_not_a_direct_dep_is_rejected()
    {
        var error = Assert.Throws<AssetGraphException>(() => BuildGraph(
            Source("raw").WithColumns(Column("x")),
            Asset("mid", "raw").WithColumns(Column("y", "raw.x")),
            Asset("top", "mid").WithColumns(Column("z", "raw.x"))));

        Assert.Contains("'top.z'", error.Message);
        Assert.Contains("'raw.x'", error.Message);
        Assert.Contains("'raw' is not a dependency of 'top'", error.Message);
    }

    [Fact]
    public void Column_lineage_to_a_column_the_dep_does_not_declare_is_rejected_with_a_suggestion()
    {
        var error = Assert.Throws<AssetGraphException>(() => BuildGraph(
            Asset("q/results").WithColumns(Column("minimum_energy")),
            Asset("q/summary", "q/results").WithColumns(Column("final_energy", "q/results.minimum_enrgy"))));

        Assert.Contains("'q/summary.final_energy'", error.Message);
        Assert.Contains("'q/results.minimum_enrgy'", error.Message);
        Assert.Contains("declares no column 'minimum_enrgy'", error.Message);
        Assert.Contains("Did you mean: minimum_energy?", error.Message);
    }

    [Fact]
    public void A_column_declared_twice_in_one_asset_is_rejected()
    {
        var error = Assert.Throws<AssetGraphException>(() =>
            BuildGraph(Asset("t").WithColumns(Column("id"), Column("value"), Column("id"))));

        Assert.Contains("'t' declares column 'id' more than once", error.Message);
    }
}
