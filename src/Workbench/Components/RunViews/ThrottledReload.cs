namespace Lineage.Workbench.Components.RunViews;

/// <summary>
/// Coalesces reload requests from a burst of run events: the first request starts a reload after
/// <c>interval</c>, later ones until then ride along, so a page reloads at most once per interval and never misses the last event.
/// </summary>
public sealed class ThrottledReload(Func<Task> reload, TimeSpan interval) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private int _pending;

    public void Request()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 1)
            return;
        _ = RunAsync();
    }

    private async Task RunAsync()
    {
        try
        {
            await Task.Delay(interval, _stop.Token);
            Interlocked.Exchange(ref _pending, 0);
            await reload();
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
