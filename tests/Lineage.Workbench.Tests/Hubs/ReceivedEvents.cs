using System.Collections.Concurrent;
using Lineage.Workbench.Hubs;

namespace Lineage.Workbench.Tests.Hubs;

/// <summary>What a follower was handed, in the order it was handed.</summary>
public sealed class ReceivedEvents
{
    // A guard against a hang, not a timing assertion: events arrive within a few polls.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ConcurrentQueue<RunEventMessage> _events = new();
    private readonly ConcurrentDictionary<long, TaskCompletionSource> _awaited = new();

    public IReadOnlyList<RunEventMessage> Events => [.. _events];

    public IReadOnlyList<long> Ids => [.. _events.Select(e => e.Id)];

    public Task AddAsync(RunEventMessage message)
    {
        _events.Enqueue(message);
        Arrival(message.Id).TrySetResult();
        return Task.CompletedTask;
    }

    public Task WaitForAsync(long id) => Arrival(id).Task.WaitAsync(Patience);

    private TaskCompletionSource Arrival(long id) =>
        _awaited.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
