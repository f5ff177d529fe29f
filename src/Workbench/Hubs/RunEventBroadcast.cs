namespace Lineage.Workbench.Hubs;

/// <summary>
/// The relayed run events inside the web host, for server-rendered pages: a page subscribes while it is open and
/// re-renders what an event touches. Handlers run on the relay's loop, so they must be quick (hand off to the
/// component's dispatcher) and never throw.
/// </summary>
public sealed class RunEventBroadcast(ILogger<RunEventBroadcast> logger)
{
    private readonly Lock _gate = new();
    private Func<RunEventMessage, Task>[] _handlers = [];

    public IDisposable Subscribe(Func<RunEventMessage, Task> handler)
    {
        lock (_gate)
            _handlers = [.. _handlers, handler];
        return new Subscription(this, handler);
    }

    public async Task PublishAsync(RunEventMessage message)
    {
        foreach (var handler in Volatile.Read(ref _handlers))
        {
            try
            {
                await handler(message);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "A page failed to take run event {Id}", message.Id);
            }
        }
    }

    private void Unsubscribe(Func<RunEventMessage, Task> handler)
    {
        lock (_gate)
            _handlers = _handlers.Where(h => h != handler).ToArray();
    }

    private sealed class Subscription(RunEventBroadcast owner, Func<RunEventMessage, Task> handler) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(handler);
    }
}
