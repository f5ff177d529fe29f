using Lineage.Assets.Partitions;

namespace Lineage.Assets.Tests.Partitions;

public class StaticPartitionsTests
{
    private static readonly StaticPartitions BasisSets = new(["sto3g", "6-31g", "cc-pvdz", "cc-pvtz"]);

    [Fact]
    public void Keys_keep_their_declared_order_whatever_the_date()
    {
        Assert.Equal(["sto3g", "6-31g", "cc-pvdz", "cc-pvtz"], BasisSets.Keys);
        Assert.Equal(BasisSets.Keys, BasisSets.GetKeys(DateOnly.MinValue));
        Assert.Equal("static (4 keys)", BasisSets.Description);
    }

    [Fact]
    public void A_duplicate_key_is_rejected_naming_it()
    {
        var error = Assert.Throws<PartitionKeyException>(() => new StaticPartitions(["a", "b", "a"]));

        Assert.Contains("'a' is listed twice", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void An_empty_key_is_rejected(string key)
    {
        Assert.Throws<PartitionKeyException>(() => new StaticPartitions(["a", key]));
    }

    [Fact]
    public void Only_declared_keys_are_valid()
    {
        Assert.True(BasisSets.IsValidKey("cc-pvdz"));
        Assert.False(BasisSets.IsValidKey("CC-PVDZ"));
        Assert.False(BasisSets.IsValidKey("def2-svp"));
    }

    [Fact]
    public void A_range_follows_the_declared_order()
    {
        Assert.Equal(["6-31g", "cc-pvdz", "cc-pvtz"], BasisSets.GetKeysInRange(PartitionKeyRange.Parse("6-31g...cc-pvtz")));
        Assert.Equal(["sto3g"], BasisSets.GetKeysInRange(PartitionKeyRange.Single("sto3g")));
    }

    [Fact]
    public void A_range_with_an_unknown_key_names_it_and_lists_the_known_ones()
    {
        var error = Assert.Throws<PartitionKeyException>(() =>
            BasisSets.GetKeysInRange(PartitionKeyRange.Parse("sto3g...def2-svp")));

        Assert.Contains("'def2-svp'", error.Message);
        Assert.Contains("sto3g, 6-31g, cc-pvdz, cc-pvtz", error.Message);
    }

    [Fact]
    public void A_reversed_range_is_rejected()
    {
        var error = Assert.Throws<PartitionKeyException>(() =>
            BasisSets.GetKeysInRange(PartitionKeyRange.Parse("cc-pvtz...sto3g")));

        Assert.Contains("ends before it starts", error.Message);
    }
}
