namespace Lineage.Workbench.Hubs;

/// <summary>
/// The id through which the relay has sent (or skipped) every run event. A new follower's backlog stops here:
/// everything above it reaches the follower through its group, so nothing is lost between the two.
/// </summary>
public sealed class RunEventWatermark
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _through;

    public void Advance(long through)
    {
        var current = Interlocked.Read(ref _through);
        while (through > current)
        {
            var seen = Interlocked.CompareExchange(ref _through, through, current);
            if (seen == current)
                break;
            current = seen;
        }
        _started.TrySetResult();
    }

    /// <summary>The current watermark, once the relay has found where the table ends.</summary>
    public async Task<long> CurrentAsync(CancellationToken cancellationToken)
    {
        await _started.Task.WaitAsync(cancellationToken);
        return Interlocked.Read(ref _through);
    }
}
