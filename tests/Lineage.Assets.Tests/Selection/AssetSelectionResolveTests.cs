using Lineage.Assets.Graph;
using Lineage.Assets.Selection;
using static Lineage.Assets.Tests.Support.TestSpecs;

namespace Lineage.Assets.Tests.Selection;

public class AssetSelectionResolveTests
{
    // raw -> molecules, vqe_results, vqe_iterations; vqe_iterations -> ml_iteration_features -> ml_run_summary;
    // molecules -> ml_iteration_features
    private static readonly AssetGraph Quantum = BuildGraph(
        Source("raw_vqe_results").InGroup("sources").OfKinds("json"),
        Asset("quantum_features/molecules", "raw_vqe_results").InGroup("base").OfKinds("iceberg", "parquet"),
        Asset("quantum_features/vqe_results", "raw_vqe_results").InGroup("base").OfKinds("iceberg"),
        Asset("quantum_features/vqe_iterations", "raw_vqe_results").InGroup("base").OfKinds("iceberg"),
        Asset("quantum_features/ml_iteration_features", "quantum_features/vqe_iterations", "quantum_features/molecules")
            .InGroup("ml").OfKinds("iceberg"),
        Asset("quantum_features/ml_run_summary", "quantum_features/ml_iteration_features")
            .InGroup("ml").OfKinds("iceberg"));

    private static IReadOnlyList<string> Select(string text) =>
        Values(AssetSelection.Parse(text).Resolve(Quantum)).Select(k => k[(k.LastIndexOf('/') + 1)..]).ToList();

    [Fact]
    public void Star_selects_every_asset_in_topological_order()
    {
        Assert.Equal(
            ["raw_vqe_results", "molecules", "vqe_iterations", "ml_iteration_features", "ml_run_summary", "vqe_results"],
            Select("*"));
    }

    [Theory]
    [InlineData("vqe_results")]
    [InlineData("quantum_features/vqe_results")]
    [InlineData("  vqe_results\t")]
    public void A_name_or_key_selects_one_asset(string text)
    {
        Assert.Equal(["vqe_results"], Select(text));
    }

    [Fact]
    public void A_leading_plus_adds_everything_upstream()
    {
        Assert.Equal(
            ["raw_vqe_results", "molecules", "vqe_iterations", "ml_iteration_features", "ml_run_summary"],
            Select("+ml_run_summary"));
    }

    [Fact]
    public void A_trailing_plus_adds_everything_downstream()
    {
        Assert.Equal(["vqe_iterations", "ml_iteration_features", "ml_run_summary"], Select("vqe_iterations+"));
    }

    [Fact]
    public void Plus_on_both_sides_adds_both_directions()
    {
        Assert.Equal(
            ["raw_vqe_results", "vqe_iterations", "ml_iteration_features", "ml_run_summary"],
            Select("+vqe_iterations+"));
    }

    [Fact]
    public void A_full_key_with_plus_works_like_a_short_name()
    {
        Assert.Equal(Select("molecules+"), Select("quantum_features/molecules+"));
    }

    [Fact]
    public void Terms_are_a_union_in_topological_order_without_duplicates()
    {
        Assert.Equal(
            ["raw_vqe_results", "molecules", "vqe_results"],
            Select("vqe_results, +molecules, raw_vqe_results, molecules"));
    }

    [Fact]
    public void Group_selects_the_assets_of_that_group()
    {
        Assert.Equal(["ml_iteration_features", "ml_run_summary"], Select("group:ml"));
        Assert.Equal(["raw_vqe_results", "ml_iteration_features", "ml_run_summary"], Select("group:ml, group:sources"));
    }

    [Fact]
    public void Kind_matches_any_of_an_assets_kinds()
    {
        Assert.Equal(["molecules"], Select("kind:parquet"));
        Assert.Equal(["raw_vqe_results"], Select(" kind : json "));
        Assert.Equal(5, Select("kind:iceberg").Count);
    }

    [Fact]
    public void An_unknown_group_lists_the_known_groups()
    {
        var error = Assert.Throws<AssetSelectionException>(() => Select("group:features"));

        Assert.Contains("Unknown group 'features'", error.Message);
        Assert.Contains("Known groups: base, ml, sources.", error.Message);
    }

    [Fact]
    public void An_unknown_kind_lists_the_known_kinds()
    {
        var error = Assert.Throws<AssetSelectionException>(() => Select("kind:avro"));

        Assert.Contains("Unknown kind 'avro'", error.Message);
        Assert.Contains("Known kinds: iceberg, json, parquet.", error.Message);
    }

    [Fact]
    public void An_unknown_name_gives_the_close_match_message()
    {
        var error = Assert.Throws<AssetSelectionException>(() => Select("molecules, +vqe_result+"));

        Assert.Equal("Unknown asset 'vqe_result'. Did you mean: vqe_results?", error.Message);
        Assert.IsType<UnknownAssetException>(error.InnerException);
    }

    [Fact]
    public void An_ambiguous_short_name_is_an_error()
    {
        var graph = BuildGraph(Asset("a/t"), Asset("b/t"));

        var error = Assert.Throws<AssetSelectionException>(() => AssetSelection.Parse("t+").Resolve(graph));

        Assert.Contains("ambiguous", error.Message);
    }

    [Fact]
    public void A_parsed_selection_can_be_resolved_against_different_graphs()
    {
        var selection = AssetSelection.Parse("+b");

        Assert.Equal(["a", "b"], Values(selection.Resolve(BuildGraph(Asset("a"), Asset("b", "a")))));
        Assert.Equal(["b"], Values(selection.Resolve(BuildGraph(Asset("a"), Asset("b")))));
    }
}
