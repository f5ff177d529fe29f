using Lineage.Workbench.Storage.Runs;
using Lineage.Workbench.Tests.Storage;
using Microsoft.AspNetCore.SignalR;

namespace Lineage.Workbench.Tests.Hubs;

/// <summary>Live run events from the catalog to a client, through the web host, on SQLite and PostgreSQL.</summary>
public sealed class RunsHubTests
{
    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_follower_gets_stored_and_live_events_once_each_in_id_order(string engine)
    {
        await using var workbench = await RunEventsWorkbench.CreateAsync(engine);
        var run = await workbench.AddRunAsync();
        var other = await workbench.AddRunAsync();
        var expected = new List<long>();
        // Written before the workbench started: only the backlog has them.
        for (var i = 0; i < 3; i++)
            expected.Add(await workbench.AddEventAsync(run, $"before start {i}"));
        await workbench.AddEventAsync(other, "another run's event");

        await using var client = await workbench.ConnectAsync();
        // Written while the follower joins: backlog and live stream overlap.
        var writing = Task.Run(async () =>
        {
            var written = new List<long>();
            for (var i = 0; i < 20; i++)
                written.Add(await workbench.AddEventAsync(run, $"while following {i}"));
            return written;
        });
        var received = new ReceivedEvents();
        await using var following = await client.FollowAsync(run, received.AddAsync);
        expected.AddRange(await writing);
        for (var i = 0; i < 5; i++)
            expected.Add(await workbench.AddEventAsync(run, $"after following {i}"));
        await workbench.AddEventAsync(other, "another run's later event");
        var last = await workbench.AddEventAsync(run, "last");
        expected.Add(last);

        await received.WaitForAsync(last);

        Assert.Equal(expected, received.Ids);
        Assert.All(received.Events, e => Assert.Equal(run, e.RunId));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_follower_can_start_after_an_event_it_has_seen(string engine)
    {
        await using var workbench = await RunEventsWorkbench.CreateAsync(engine);
        var run = await workbench.AddRunAsync();
        var seen = await workbench.AddEventAsync(run, "seen");
        var unseen = await workbench.AddEventAsync(run, "not seen yet");

        await using var client = await workbench.ConnectAsync();
        var received = new ReceivedEvents();
        await using var following = await client.FollowAsync(run, seen, received.AddAsync);

        Assert.Equal([unseen], received.Ids);
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task An_event_arrives_with_every_field(string engine)
    {
        await using var workbench = await RunEventsWorkbench.CreateAsync(engine);
        var run = await workbench.AddRunAsync();
        await using var client = await workbench.ConnectAsync();
        var received = new ReceivedEvents();
        await using var following = await client.FollowAsync(run, received.AddAsync);

        await using (var context = await workbench.Contexts.OpenAsync(CancellationToken.None))
        {
            context.RunEvents.Add(new StoredRunEvent
            {
                RunId = run,
                Kind = RunEventKind.Materialization,
                At = new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero),
                Level = "warning",
                AssetKey = "quantum_features/molecules",
                Partition = "2026-11-21",
                Message = "materialized with warnings",
                Data = """{"snapshot":42,"rows":7}""",
            });
            await context.SaveChangesAsync();
        }
        var id = await workbench.AddEventAsync(run, "sentinel") - 1;
        await received.WaitForAsync(id + 1);

        var message = received.Events[0];
        Assert.Equal(id, message.Id);
        Assert.Equal("materialization", message.Kind);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero), message.At);
        Assert.Equal("warning", message.Level);
        Assert.Null(message.StepId);
        Assert.Equal("quantum_features/molecules", message.Asset);
        Assert.Equal("2026-11-21", message.Partition);
        Assert.Equal("materialized with warnings", message.Message);
        Assert.Equal(42, message.Data.GetProperty("snapshot").GetInt64());
        Assert.Equal(7, message.Data.GetProperty("rows").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Following_all_runs_gets_every_runs_new_events_in_id_order(string engine)
    {
        await using var workbench = await RunEventsWorkbench.CreateAsync(engine);
        var first = await workbench.AddRunAsync();
        var second = await workbench.AddRunAsync();
        await workbench.AddEventAsync(first, "before following");
        await using var client = await workbench.ConnectAsync();
        var received = new ReceivedEvents();
        await using var following = await client.FollowAllAsync(received.AddAsync);

        var expected = new List<long>();
        for (var i = 0; i < 6; i++)
            expected.Add(await workbench.AddEventAsync(i % 2 == 0 ? first : second, $"event {i}"));
        await received.WaitForAsync(expected[^1]);

        Assert.Equal(expected, received.Ids);
        Assert.Equal([first, second, first, second, first, second], received.Events.Select(e => e.RunId));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Following_a_run_the_catalog_lacks_names_the_run(string engine)
    {
        await using var workbench = await RunEventsWorkbench.CreateAsync(engine);
        await using var client = await workbench.ConnectAsync();

        var refused = await Assert.ThrowsAsync<HubException>(() => client.FollowAsync(4242, _ => Task.CompletedTask));

        Assert.Contains("Run 4242", refused.Message);
    }

    [Fact]
    public async Task An_event_committed_after_a_later_one_still_arrives_first()
    {
        // Only PostgreSQL lets a transaction holding a lower id commit after one holding a higher id.
        await using var workbench = await RunEventsWorkbench.CreateAsync("postgres", gapGrace: TimeSpan.FromMinutes(1));
        var run = await workbench.AddRunAsync();
        await using var client = await workbench.ConnectAsync();
        var received = new ReceivedEvents();
        await using var following = await client.FollowAsync(run, received.AddAsync);

        await using var slow = await workbench.Contexts.OpenAsync(CancellationToken.None);
        await using var transaction = await slow.Database.BeginTransactionAsync();
        var early = RunEventsWorkbench.NewEvent(run, "committed late");
        slow.RunEvents.Add(early);
        await slow.SaveChangesAsync();
        var later = await workbench.AddEventAsync(run, "committed early");
        var observer = await workbench.ConnectAsync();
        await using (observer)
        {
            // The later event is visible to everyone now; a follower must still wait for the earlier one.
            var visible = new ReceivedEvents();
            await using var all = await observer.FollowAsync(run, visible.AddAsync);
            Assert.Empty(visible.Ids);
        }
        await transaction.CommitAsync();
        await received.WaitForAsync(later);

        Assert.True(early.Id < later);
        Assert.Equal([early.Id, later], received.Ids);
    }
}
