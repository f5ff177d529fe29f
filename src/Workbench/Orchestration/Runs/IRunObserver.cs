using Lineage.Workbench.Storage.Runs;

namespace Lineage.Workbench.Orchestration.Runs;

/// <summary>
/// Reacts to what runs do (alerts, automation, backfill progress). Called once per fact by the process that saw it
/// happen; a failing observer is logged and never fails the run.
/// </summary>
public interface IRunObserver
{
    /// <summary>A step failed for good (no attempt left).</summary>
    Task StepFailedAsync(StoredRun run, StoredRunStep step, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The run reached a final status.</summary>
    Task RunFinishedAsync(StoredRun run, IReadOnlyList<StoredRunStep> steps, CancellationToken cancellationToken) => Task.CompletedTask;
}
