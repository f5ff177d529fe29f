using Lineage.Assets.Selection;

namespace Lineage.Assets.Tests.Selection;

public class AssetSelectionParseTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a,,b")]
    [InlineData("a, ")]
    [InlineData(",a")]
    public void An_empty_term_is_a_syntax_error(string text)
    {
        var error = Assert.Throws<AssetSelectionException>(() => AssetSelection.Parse(text));

        Assert.Contains("empty term", error.Message);
    }

    [Fact]
    public void An_unknown_prefix_is_named_with_the_known_ones()
    {
        var error = Assert.Throws<AssetSelectionException>(() => AssetSelection.Parse("a, grp:x"));

        Assert.Contains("Unknown prefix 'grp:'", error.Message);
        Assert.Contains("group:, kind:", error.Message);
    }

    [Theory]
    [InlineData("group:")]
    [InlineData("kind:  ")]
    public void A_prefix_without_a_value_is_a_syntax_error(string text)
    {
        var error = Assert.Throws<AssetSelectionException>(() => AssetSelection.Parse(text));

        Assert.Contains("no value after ':'", error.Message);
    }

    [Theory]
    [InlineData("+")]
    [InlineData("++")]
    [InlineData("++a")]
    [InlineData("a++")]
    [InlineData("vqe results")]
    [InlineData("a-b")]
    [InlineData("/a")]
    [InlineData("a*")]
    public void A_malformed_asset_term_is_a_syntax_error_naming_the_term(string term)
    {
        var error = Assert.Throws<AssetSelectionException>(() => AssetSelection.Parse(term));

        Assert.Contains($"Term '{term}'", error.Message);
        Assert.Contains("not a valid asset name or key", error.Message);
    }

    [Fact]
    public void Text_and_ToString_keep_the_original_text()
    {
        var selection = AssetSelection.Parse(" +ml_run_summary , group:base ");

        Assert.Equal(" +ml_run_summary , group:base ", selection.Text);
        Assert.Equal(selection.Text, selection.ToString());
    }
}
