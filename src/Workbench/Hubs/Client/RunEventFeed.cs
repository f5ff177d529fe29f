namespace Lineage.Workbench.Hubs.Client;

/// <summary>
/// Turns what a follower receives into each event once, in id order. Until the backlog is complete the events are
/// held and sorted (backlog and live events interleave); after it, the server sends in id order, so an id at or below
/// the last one delivered is a repeat.
/// </summary>
internal sealed class RunEventFeed
{
    private readonly Func<RunEventMessage, Task> _deliver;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly TaskCompletionSource _caughtUp = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SortedDictionary<long, RunEventMessage>? _held;
    private long _lastId;

    /// <param name="withBacklog">Whether a backlog comes first and ends with <see cref="CatchUpAsync"/>.</param>
    public RunEventFeed(long afterEventId, Func<RunEventMessage, Task> deliver, bool withBacklog)
    {
        _lastId = afterEventId;
        _deliver = deliver;
        if (withBacklog)
            _held = [];
        else
            _caughtUp.SetResult();
    }

    /// <summary>Completes once the backlog has been delivered.</summary>
    public Task CaughtUp => _caughtUp.Task;

    public async Task ReceiveAsync(RunEventMessage message)
    {
        await _turn.WaitAsync();
        try
        {
            if (message.Id <= _lastId)
                return;
            if (_held is not null)
            {
                _held.TryAdd(message.Id, message);
                return;
            }
            _lastId = message.Id;
            await _deliver(message);
        }
        finally
        {
            _turn.Release();
        }
    }

    public async Task CatchUpAsync()
    {
        await _turn.WaitAsync();
        try
        {
            if (_held is null)
                return;
            var held = _held;
            _held = null;
            foreach (var message in held.Values)
            {
                _lastId = message.Id;
                await _deliver(message);
            }
        }
        finally
        {
            _turn.Release();
            _caughtUp.TrySetResult();
        }
    }
}
