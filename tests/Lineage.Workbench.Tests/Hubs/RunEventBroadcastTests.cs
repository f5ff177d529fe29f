using System.Threading.Channels;
using Lineage.Workbench.Hubs;

namespace Lineage.Workbench.Tests.Hubs;

public sealed class RunEventBroadcastTests
{
    [Fact]
    public async Task Pages_subscribed_in_the_host_get_relayed_events_in_order_until_they_unsubscribe()
    {
        await using var workbench = await RunEventsWorkbench.CreateAsync("sqlite");
        var broadcast = workbench.Service<RunEventBroadcast>();
        var page = Channel.CreateUnbounded<string>();
        var observer = Channel.CreateUnbounded<string>();
        var pageSubscription = broadcast.Subscribe(m => page.Writer.WriteAsync(m.Message).AsTask());
        using var observerSubscription = broadcast.Subscribe(m => observer.Writer.WriteAsync(m.Message).AsTask());
        var runId = await workbench.AddRunAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await workbench.AddEventAsync(runId, "first");
        await workbench.AddEventAsync(runId, "second");
        Assert.Equal("first", await page.Reader.ReadAsync(timeout.Token));
        Assert.Equal("second", await page.Reader.ReadAsync(timeout.Token));

        pageSubscription.Dispose();
        await workbench.AddEventAsync(runId, "after");
        Assert.Equal(["first", "second", "after"], [await observer.Reader.ReadAsync(timeout.Token), await observer.Reader.ReadAsync(timeout.Token), await observer.Reader.ReadAsync(timeout.Token)]);
        Assert.False(page.Reader.TryRead(out _));
    }
}
