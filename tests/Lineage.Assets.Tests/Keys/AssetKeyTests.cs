using Lineage.Assets.Keys;

namespace Lineage.Assets.Tests.Keys;

public class AssetKeyTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("raw_vqe_results")]
    [InlineData("quantum_features/vqe_results")]
    [InlineData("A/b_2/C3")]
    public void Keys_of_word_segments_separated_by_slashes_are_valid(string value)
    {
        Assert.Equal(value, new AssetKey(value).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/a")]
    [InlineData("a/")]
    [InlineData("a//b")]
    [InlineData("a b")]
    [InlineData("a-b")]
    [InlineData("a.b")]
    [InlineData("a\\b")]
    [InlineData(" a")]
    [InlineData("a\n")]
    [InlineData("a/b\n")]
    public void Other_keys_are_rejected_naming_the_value(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => new AssetKey(value));

        Assert.Contains($"'{value}'", error.Message);
    }

    [Fact]
    public void A_null_key_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new AssetKey(null!));
    }

    [Fact]
    public void Name_is_the_last_segment_and_Path_all_segments()
    {
        var key = AssetKey.Of("quantum_features", "vqe_results");

        Assert.Equal("quantum_features/vqe_results", key.Value);
        Assert.Equal("vqe_results", key.Name);
        Assert.Equal(["quantum_features", "vqe_results"], key.Path);
        Assert.Equal("raw", new AssetKey("raw").Name);
    }

    [Fact]
    public void Keys_compare_by_value_and_order_ordinally()
    {
        Assert.Equal(new AssetKey("a/b"), AssetKey.Of("a", "b"));
        Assert.Equal(new AssetKey("a/b").GetHashCode(), AssetKey.Of("a", "b").GetHashCode());
        Assert.True(new AssetKey("B").CompareTo(new AssetKey("a")) < 0);
        Assert.True(new AssetKey("a/b").CompareTo(new AssetKey("a_b")) < 0);
        Assert.True(new AssetKey("a").CompareTo(null) > 0);
        Assert.Equal("a/b", new AssetKey("a/b").ToString());
    }
}
