using Lineage.Assets.Graph;
using static Lineage.Assets.Tests.Support.TestSpecs;

namespace Lineage.Assets.Tests.Graph;

public class AssetGraphResolveTests
{
    private static readonly AssetGraph Quantum = BuildGraph(
        Source("raw_vqe_results"),
        Asset("quantum_features/molecules", "raw_vqe_results"),
        Asset("quantum_features/vqe_results", "raw_vqe_results"),
        Asset("quantum_features/vqe_iterations", "raw_vqe_results"),
        Asset("quantum_features/ml_run_summary", "quantum_features/vqe_iterations"));

    [Theory]
    [InlineData("quantum_features/vqe_results")]
    [InlineData("vqe_results")]
    [InlineData("  vqe_results ")]
    public void A_full_key_or_unique_short_name_resolves(string text)
    {
        Assert.Equal("quantum_features/vqe_results", Quantum.Resolve(text).Key.Value);
    }

    [Fact]
    public void A_single_segment_key_resolves_to_itself()
    {
        Assert.True(Quantum.Resolve("raw_vqe_results").IsSource);
    }

    [Fact]
    public void An_unknown_name_suggests_the_close_match()
    {
        var error = Assert.Throws<UnknownAssetException>(() => Quantum.Resolve("vqe_result"));

        Assert.Equal("Unknown asset 'vqe_result'. Did you mean: vqe_results?", error.Message);
        Assert.Equal("vqe_result", error.Requested);
        Assert.Equal(["vqe_results"], error.Suggestions);
    }

    [Fact]
    public void Suggestions_ignore_case()
    {
        var error = Assert.Throws<UnknownAssetException>(() => Quantum.Resolve("VQE_Results"));

        Assert.Equal(["vqe_results"], error.Suggestions);
    }

    [Fact]
    public void An_unknown_full_key_suggests_full_keys()
    {
        var error = Assert.Throws<UnknownAssetException>(() => Quantum.Resolve("quantum_features/molecule"));

        Assert.Equal(["quantum_features/molecules"], error.Suggestions);
    }

    [Fact]
    public void At_most_three_suggestions_are_given_closest_first()
    {
        var graph = BuildGraph(Asset("abcd"), Asset("abce"), Asset("abxx"), Asset("abcf"), Asset("zzzz"));

        var error = Assert.Throws<UnknownAssetException>(() => graph.Resolve("abc"));

        Assert.Equal(["abcd", "abce", "abcf"], error.Suggestions);
    }

    [Fact]
    public void A_name_without_close_matches_says_how_to_name_an_asset()
    {
        var error = Assert.Throws<UnknownAssetException>(() => Quantum.Resolve("hamiltonian_terms"));

        Assert.Empty(error.Suggestions);
        Assert.StartsWith("Unknown asset 'hamiltonian_terms'. Use", error.Message);
    }

    [Fact]
    public void An_ambiguous_short_name_is_an_error_listing_the_full_keys()
    {
        var graph = BuildGraph(Asset("a/results"), Asset("b/results"), Asset("c/other"));

        var error = Assert.Throws<UnknownAssetException>(() => graph.Resolve("results"));

        Assert.Contains("ambiguous", error.Message);
        Assert.Equal(["a/results", "b/results"], error.Suggestions);
        Assert.Equal("b/results", graph.Resolve("b/results").Key.Value);
    }

    [Fact]
    public void Suggestions_for_an_ambiguous_short_name_show_full_keys()
    {
        var graph = BuildGraph(Asset("a/results"), Asset("b/results"));

        var error = Assert.Throws<UnknownAssetException>(() => graph.Resolve("result"));

        Assert.Equal(["a/results", "b/results"], error.Suggestions);
    }

    [Fact]
    public void A_full_key_wins_over_an_equal_short_name_of_another_asset()
    {
        var graph = BuildGraph(Asset("results"), Asset("b/results"));

        Assert.Equal("results", graph.Resolve("results").Key.Value);
    }
}
