using System.Text.Json;
using Lineage.Workbench.Hubs;
using Lineage.Workbench.Hubs.Client;

namespace Lineage.Workbench.Tests.Hubs;

public sealed class RunEventFeedTests
{
    private static RunEventMessage Event(long id) => new(
        id, 7, "log", new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero), "info", null, null, null, $"event {id}",
        JsonSerializer.SerializeToElement(new { }));

    private readonly List<long> _delivered = [];

    private RunEventFeed Feed(long afterEventId, bool withBacklog) => new(afterEventId, e =>
    {
        _delivered.Add(e.Id);
        return Task.CompletedTask;
    }, withBacklog);

    [Fact]
    public async Task Backlog_and_live_events_are_held_until_caught_up_then_delivered_in_id_order()
    {
        var feed = Feed(0, withBacklog: true);

        foreach (var id in new long[] { 1, 2, 9, 3, 2, 10, 4 })
            await feed.ReceiveAsync(Event(id));
        Assert.Empty(_delivered);
        Assert.False(feed.CaughtUp.IsCompleted);

        await feed.CatchUpAsync();

        Assert.Equal([1, 2, 3, 4, 9, 10], _delivered);
        Assert.True(feed.CaughtUp.IsCompleted);
    }

    [Fact]
    public async Task After_catching_up_repeats_are_dropped_and_new_events_delivered_at_once()
    {
        var feed = Feed(0, withBacklog: true);
        await feed.ReceiveAsync(Event(1));
        await feed.ReceiveAsync(Event(3));
        await feed.CatchUpAsync();

        foreach (var id in new long[] { 3, 1, 4, 4, 5 })
            await feed.ReceiveAsync(Event(id));

        Assert.Equal([1, 3, 4, 5], _delivered);
    }

    [Fact]
    public async Task Events_at_or_below_the_starting_id_are_not_delivered()
    {
        var feed = Feed(5, withBacklog: true);
        foreach (var id in new long[] { 4, 5, 6 })
            await feed.ReceiveAsync(Event(id));
        await feed.CatchUpAsync();

        Assert.Equal([6], _delivered);
    }

    [Fact]
    public async Task A_feed_without_backlog_delivers_from_the_start()
    {
        var feed = Feed(0, withBacklog: false);
        Assert.True(feed.CaughtUp.IsCompleted);

        foreach (var id in new long[] { 8, 8, 9 })
            await feed.ReceiveAsync(Event(id));

        Assert.Equal([8, 9], _delivered);
    }
}
