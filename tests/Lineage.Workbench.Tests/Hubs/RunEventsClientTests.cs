using System.Net;
using System.Net.Sockets;
using Lineage.Workbench.Hubs.Client;

namespace Lineage.Workbench.Tests.Hubs;

/// <summary>The client over a real WebSocket, as the CLI uses it.</summary>
public sealed class RunEventsClientTests
{
    [Fact]
    public async Task A_client_on_a_loopback_port_follows_a_run_and_stops_following()
    {
        await using var workbench = await RunEventsWorkbench.CreateAsync("sqlite", overNetwork: true);
        var run = await workbench.AddRunAsync();
        var stored = await workbench.AddEventAsync(run, "stored");
        await using var client = await workbench.ConnectAsync();
        var received = new ReceivedEvents();

        var following = await client.FollowAsync(run, received.AddAsync);
        var live = await workbench.AddEventAsync(run, "live");
        await received.WaitForAsync(live);
        await following.DisposeAsync();
        var everyRun = new ReceivedEvents();
        await using var all = await client.FollowAllAsync(everyRun.AddAsync);
        var unfollowed = await workbench.AddEventAsync(run, "after unfollowing");
        await everyRun.WaitForAsync(unfollowed);

        Assert.Equal([stored, live], received.Ids);
        Assert.Equal([unfollowed], everyRun.Ids);
    }

    [Fact]
    public async Task A_workbench_that_is_not_running_is_named_in_the_error()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var refused = await Assert.ThrowsAsync<RunEventsUnavailableException>(() => RunEventsClient.ConnectAsync(new Uri($"http://127.0.0.1:{port}")));

        Assert.Contains($"http://127.0.0.1:{port}/hubs/runs", refused.Message);
    }

    [Fact]
    public async Task The_same_run_cannot_be_followed_twice_on_one_connection()
    {
        await using var workbench = await RunEventsWorkbench.CreateAsync("sqlite");
        var run = await workbench.AddRunAsync();
        await using var client = await workbench.ConnectAsync();
        await using var following = await client.FollowAsync(run, _ => Task.CompletedTask);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => client.FollowAsync(run, _ => Task.CompletedTask));

        Assert.Contains($"Run {run}", refused.Message);
    }

    [Fact]
    public async Task A_client_hears_when_the_workbench_stops()
    {
        var workbench = await RunEventsWorkbench.CreateAsync("sqlite", overNetwork: true);
        await using var client = await workbench.ConnectAsync();
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Closed += e =>
        {
            closed.TrySetResult(e);
            return Task.CompletedTask;
        };

        await workbench.DisposeAsync();

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
