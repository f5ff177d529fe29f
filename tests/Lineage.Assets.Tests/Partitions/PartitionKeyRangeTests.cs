using Lineage.Assets.Partitions;

namespace Lineage.Assets.Tests.Partitions;

public class PartitionKeyRangeTests
{
    [Fact]
    public void A_single_key_parses_to_a_one_key_range()
    {
        var range = PartitionKeyRange.Parse("2026-11-20");

        Assert.Equal(PartitionKeyRange.Single("2026-11-20"), range);
        Assert.Equal("2026-11-20", range.ToString());
    }

    [Theory]
    [InlineData("2026-11-18...2026-11-20")]
    [InlineData(" 2026-11-18 ... 2026-11-20 ")]
    public void A_start_and_end_parse_trimmed(string text)
    {
        var range = PartitionKeyRange.Parse(text);

        Assert.Equal(new PartitionKeyRange("2026-11-18", "2026-11-20"), range);
        Assert.Equal("2026-11-18...2026-11-20", range.ToString());
    }

    [Fact]
    public void A_range_of_one_key_prints_as_that_key()
    {
        Assert.Equal("a", PartitionKeyRange.Parse("a...a").ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    [InlineData("...2026-11-20")]
    [InlineData("2026-11-18...")]
    [InlineData("  ...2026-11-20")]
    [InlineData("2026-11-18...  ")]
    [InlineData("a...b...c")]
    public void A_malformed_range_is_rejected_naming_the_text(string text)
    {
        var error = Assert.Throws<FormatException>(() => PartitionKeyRange.Parse(text));

        Assert.Contains($"'{text}'", error.Message);
    }
}
