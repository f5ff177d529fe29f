namespace Lineage.Workbench.Orchestration.Runs;

/// <summary>Where ready execution units go to be picked up by a worker: the job scheduler.</summary>
public interface IStepQueue
{
    /// <summary>Queues the unit to start at <paramref name="notBefore"/> (now when null).</summary>
    Task EnqueueAsync(long runId, string unit, DateTimeOffset? notBefore, CancellationToken cancellationToken);

    /// <summary>Queues several units of a run to start now, in one go.</summary>
    Task EnqueueAsync(long runId, IReadOnlyList<string> units, CancellationToken cancellationToken);

    /// <summary>Removes every queued unit of the run; units already executing are not touched.</summary>
    Task RemoveRunAsync(long runId, CancellationToken cancellationToken);
}
