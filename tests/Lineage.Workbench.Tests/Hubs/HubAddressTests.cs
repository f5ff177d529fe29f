using Lineage.Workbench.Hubs.Client;

namespace Lineage.Workbench.Tests.Hubs;

public sealed class HubAddressTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/hubs/runs")]
    [InlineData("http://127.0.0.1:5080/", "http://127.0.0.1:5080/hubs/runs")]
    [InlineData("https://lineage.example.org/workbench", "https://lineage.example.org/workbench/hubs/runs")]
    public void The_hub_lives_under_the_workbench_address(string workbench, string hub)
    {
        Assert.Equal(new Uri(hub), RunEventsClient.HubUri(new Uri(workbench)));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/hubs/runs", "ws://127.0.0.1:5080/hubs/runs")]
    [InlineData("https://lineage.example.org/hubs/runs", "wss://lineage.example.org/hubs/runs")]
    [InlineData("ws://localhost/hubs/runs", "ws://localhost/hubs/runs")]
    public void The_hub_is_reached_over_a_websocket_url(string hub, string socket)
    {
        Assert.Equal(new Uri(socket), WebSocketConnectionFactory.ToWebSocketUri(new Uri(hub)));
    }

    [Fact]
    public void A_url_that_is_not_http_or_websocket_is_refused_by_name()
    {
        var refused = Assert.Throws<ArgumentException>(() => WebSocketConnectionFactory.ToWebSocketUri(new Uri("ftp://host/hubs/runs")));
        Assert.Contains("ftp://host/hubs/runs", refused.Message);
    }
}
