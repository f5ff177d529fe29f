using Lineage.Assets.Staleness;

namespace Lineage.Assets.Tests.Staleness;

public class DataVersionTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_data_version_must_not_be_empty(string value)
    {
        Assert.Throws<ArgumentException>(() => new DataVersion(value));
    }

    [Fact]
    public void Data_versions_compare_by_value()
    {
        Assert.Equal(new DataVersion("abc"), new DataVersion("abc"));
        Assert.NotEqual(new DataVersion("abc"), new DataVersion("abd"));
        Assert.Equal("abc", new DataVersion("abc").ToString());
    }
}
