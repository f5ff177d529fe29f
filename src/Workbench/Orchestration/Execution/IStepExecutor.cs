using Lineage.Materializers.Materialization;

namespace Lineage.Workbench.Orchestration.Execution;

/// <summary>
/// Does the work of an execution unit: materializes its assets for its date and says what happened to each. Failures
/// of the work come back as failed results; only cancellation throws.
/// </summary>
public interface IStepExecutor
{
    Task<IReadOnlyList<StepResult>> ExecuteAsync(StepWork work, Func<string, Task> log, CancellationToken cancellationToken);
}
