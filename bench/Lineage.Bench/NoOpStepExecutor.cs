using Lineage.Materializers.Materialization;
using Lineage.Workbench.Orchestration.Execution;

namespace Lineage.Bench;

/// <summary>Reports every asset of a unit materialized at once, so a run measures the engine's own cost per step.</summary>
internal sealed class NoOpStepExecutor : IStepExecutor
{
    public Task<IReadOnlyList<StepResult>> ExecuteAsync(StepWork work, Func<string, Task> log, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StepResult>>(work.Assets
            .Select(asset => new StepResult(asset, ExecutionPartition(work), StepStatus.Materialized, 0, null, null, [], TimeSpan.Zero, null))
            .ToList());

    private static string ExecutionPartition(StepWork work) => work.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
