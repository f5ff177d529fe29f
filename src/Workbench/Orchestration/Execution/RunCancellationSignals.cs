using System.Collections.Concurrent;

namespace Lineage.Workbench.Orchestration.Execution;

/// <summary>
/// The steps running in this process, by run, so that canceling a run here stops them at once; steps in other
/// processes notice by polling the run's status.
/// </summary>
public sealed class RunCancellationSignals
{
    private readonly ConcurrentDictionary<long, ConcurrentDictionary<CancellationTokenSource, byte>> _running = new();

    public IDisposable Register(long runId, CancellationTokenSource step)
    {
        _running.GetOrAdd(runId, _ => new()).TryAdd(step, 0);
        return new Registration(this, runId, step);
    }

    public void Cancel(long runId)
    {
        if (_running.TryGetValue(runId, out var steps))
            foreach (var step in steps.Keys)
                step.Cancel();
    }

    private sealed class Registration(RunCancellationSignals owner, long runId, CancellationTokenSource step) : IDisposable
    {
        public void Dispose()
        {
            if (owner._running.TryGetValue(runId, out var steps))
                steps.TryRemove(step, out _);
        }
    }
}
