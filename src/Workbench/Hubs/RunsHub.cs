using Microsoft.AspNetCore.SignalR;

namespace Lineage.Workbench.Hubs;

/// <summary>
/// Live run events at <c>/hubs/runs</c>. A follower of a run first gets the run's stored events (its backlog), then
/// <see cref="CaughtUpMethod"/>, while live events keep arriving through the run's group; the two can overlap and
/// interleave, so clients keep each <see cref="RunEventMessage.Id"/> once and order by it.
/// </summary>
public sealed class RunsHub(RunEventReader events, RunEventWatermark watermark) : Hub
{
    public const string Path = "/hubs/runs";

    /// <summary>The client method that receives a <see cref="RunEventMessage"/>.</summary>
    public const string EventMethod = "event";

    /// <summary>The client method told, with the run id, that the run's backlog has been sent.</summary>
    public const string CaughtUpMethod = "caughtUp";

    /// <summary>The group that gets every run's events, for dashboards.</summary>
    public const string AllGroup = "all";

    public static string GroupOf(long runId) => $"run-{runId}";

    /// <summary>Joins the run's group, then sends the run's events with ids above <paramref name="afterEventId"/>.</summary>
    public async Task Follow(long runId, long afterEventId)
    {
        var cancellationToken = Context.ConnectionAborted;
        if (!await events.RunExistsAsync(runId, cancellationToken))
            throw new UnknownRunException(runId);
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(runId), cancellationToken);
        // Read after joining: events above the watermark are sent to the group from now on.
        var through = await watermark.CurrentAsync(cancellationToken);
        await foreach (var stored in events.ReadRunAsync(runId, afterEventId, through, cancellationToken))
            await Clients.Caller.SendAsync(EventMethod, RunEventMessage.From(stored), cancellationToken);
        await Clients.Caller.SendAsync(CaughtUpMethod, runId, cancellationToken);
    }

    public Task Unfollow(long runId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(runId), Context.ConnectionAborted);

    /// <summary>Joins the group of every run's events, from now on (no backlog).</summary>
    public Task FollowAll() => Groups.AddToGroupAsync(Context.ConnectionId, AllGroup, Context.ConnectionAborted);

    public Task UnfollowAll() => Groups.RemoveFromGroupAsync(Context.ConnectionId, AllGroup, Context.ConnectionAborted);
}
