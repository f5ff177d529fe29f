using Lineage.Workbench.Cli;
using Lineage.Workbench.Cli.Remote;

namespace Lineage.Workbench.Tests.Cli;

public sealed class WorkbenchAddressTests
{
    [Fact]
    public void The_server_option_comes_before_the_environment_and_the_configured_urls()
    {
        Assert.Equal(new Uri("http://a:1"), WorkbenchAddress.Resolve("http://a:1", "http://b:2", "http://c:3"));
        Assert.Equal(new Uri("http://b:2"), WorkbenchAddress.Resolve(null, "http://b:2", "http://c:3"));
        Assert.Equal(new Uri("http://c:3"), WorkbenchAddress.Resolve(null, " ", "http://c:3;https://c:4"));
    }

    [Theory]
    [InlineData("http://*:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://+:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://0.0.0.0:5080/lineage", "http://127.0.0.1:5080/lineage")]
    [InlineData("https://[::]:5443", "https://127.0.0.1:5443/")]
    public void A_configured_listen_address_on_every_interface_is_reached_on_loopback(string urls, string expected)
    {
        Assert.Equal(expected, WorkbenchAddress.Resolve(null, null, urls).AbsoluteUri);
    }

    [Fact]
    public void Without_any_address_the_error_names_the_three_ways_to_give_one()
    {
        var refused = Assert.Throws<CliUsageException>(() => WorkbenchAddress.Resolve(null, null, null));

        Assert.Contains("--server URL", refused.Message);
        Assert.Contains(WorkbenchAddress.EnvironmentVariable, refused.Message);
        Assert.Contains("Urls", refused.Message);
    }

    [Fact]
    public void An_environment_value_that_is_not_a_url_is_named()
    {
        var refused = Assert.Throws<CliUsageException>(() => WorkbenchAddress.Resolve(null, "ftp://x", null));

        Assert.Contains("LINEAGE_SERVER must be a workbench URL", refused.Message);
        Assert.Contains("'ftp://x'", refused.Message);
    }
}
