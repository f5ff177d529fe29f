using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Lineage.Workbench.Hubs.Client;

/// <summary>
/// Follows runs' events on a workbench over one WebSocket. Each follower gets every event once, in id order: the
/// run's stored events first, then live ones.
/// </summary>
public sealed class RunEventsClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentDictionary<long, RunEventFeed> _runs = new();
    private RunEventFeed? _all;

    private RunEventsClient(HubConnection connection)
    {
        _connection = connection;
        _connection.On<RunEventMessage>(RunsHub.EventMethod, ReceiveAsync);
        _connection.On<long>(RunsHub.CaughtUpMethod, CatchUpAsync);
    }

    /// <param name="workbench">The workbench's address, e.g. <c>http://127.0.0.1:5080</c>.</param>
    /// <param name="connect">Opens the WebSocket to the hub's <c>ws(s)://</c> URL; by default a <see cref="ClientWebSocket"/>.</param>
    public static async Task<RunEventsClient> ConnectAsync(
        Uri workbench, Func<Uri, CancellationToken, Task<WebSocket>>? connect = null, CancellationToken cancellationToken = default)
    {
        var hub = HubUri(workbench);
        var builder = new HubConnectionBuilder();
        builder.Services.AddSingleton<IConnectionFactory>(new WebSocketConnectionFactory(connect));
        builder.Services.AddSingleton<EndPoint>(new UriEndPoint(hub));
        var client = new RunEventsClient(builder.Build());
        try
        {
            await client._connection.StartAsync(cancellationToken);
            return client;
        }
        catch (Exception e) when (e is WebSocketException or HttpRequestException or IOException)
        {
            await client.DisposeAsync();
            throw new RunEventsUnavailableException(hub, e);
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>The hub's URL under a workbench address (which may have a path base).</summary>
    public static Uri HubUri(Uri workbench)
    {
        var root = workbench.AbsoluteUri.EndsWith('/') ? workbench : new Uri(workbench.AbsoluteUri + "/");
        return new Uri(root, RunsHub.Path.TrimStart('/'));
    }

    /// <summary>Follows a run from its first event. Returns once its stored events have been delivered.</summary>
    public Task<IAsyncDisposable> FollowAsync(long runId, Func<RunEventMessage, Task> onEvent, CancellationToken cancellationToken = default) =>
        FollowAsync(runId, 0, onEvent, cancellationToken);

    /// <summary>
    /// Follows a run's events with ids above <paramref name="afterEventId"/>. Returns once its stored events have
    /// been delivered; disposing the result stops following.
    /// </summary>
    /// <exception cref="Microsoft.AspNetCore.SignalR.HubException">The workbench does not know the run.</exception>
    public async Task<IAsyncDisposable> FollowAsync(
        long runId, long afterEventId, Func<RunEventMessage, Task> onEvent, CancellationToken cancellationToken = default)
    {
        var feed = new RunEventFeed(afterEventId, onEvent, withBacklog: true);
        if (!_runs.TryAdd(runId, feed))
            throw new InvalidOperationException($"Run {runId} is already followed on this connection: dispose its subscription first.");
        try
        {
            await _connection.InvokeAsync(nameof(RunsHub.Follow), runId, afterEventId, cancellationToken);
            await feed.CaughtUp.WaitAsync(cancellationToken);
        }
        catch
        {
            _runs.TryRemove(new KeyValuePair<long, RunEventFeed>(runId, feed));
            throw;
        }
        return new Unfollowing(async () =>
        {
            if (_runs.TryRemove(new KeyValuePair<long, RunEventFeed>(runId, feed)) && _connection.State == HubConnectionState.Connected)
                await _connection.InvokeAsync(nameof(RunsHub.Unfollow), runId);
        });
    }

    /// <summary>Follows every run's events from now on (no stored events), each once and in id order.</summary>
    public async Task<IAsyncDisposable> FollowAllAsync(Func<RunEventMessage, Task> onEvent, CancellationToken cancellationToken = default)
    {
        var feed = new RunEventFeed(0, onEvent, withBacklog: false);
        if (Interlocked.CompareExchange(ref _all, feed, null) is not null)
            throw new InvalidOperationException("Every run is already followed on this connection: dispose that subscription first.");
        try
        {
            await _connection.InvokeAsync(nameof(RunsHub.FollowAll), cancellationToken);
        }
        catch
        {
            Interlocked.CompareExchange(ref _all, null, feed);
            throw;
        }
        return new Unfollowing(async () =>
        {
            if (Interlocked.CompareExchange(ref _all, null, feed) == feed && _connection.State == HubConnectionState.Connected)
                await _connection.InvokeAsync(nameof(RunsHub.UnfollowAll));
        });
    }

    /// <summary>Raised when the connection ends other than by disposing: the workbench stopped or the network failed.</summary>
    public event Func<Exception?, Task> Closed
    {
        add => _connection.Closed += value;
        remove => _connection.Closed -= value;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private async Task ReceiveAsync(RunEventMessage message)
    {
        if (_runs.TryGetValue(message.RunId, out var run))
            await run.ReceiveAsync(message);
        if (Volatile.Read(ref _all) is { } all)
            await all.ReceiveAsync(message);
    }

    private Task CatchUpAsync(long runId) =>
        _runs.TryGetValue(runId, out var run) ? run.CatchUpAsync() : Task.CompletedTask;

    private sealed class Unfollowing(Func<Task> unfollow) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await unfollow();
    }
}
