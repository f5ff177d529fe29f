using Lineage.Materializers.Materialization;
using Lineage.Workbench.Orchestration.Execution;

namespace Lineage.Workbench.Tests.Orchestration;

/// <summary>An executor whose behaviour each test writes; it records every unit it was asked to run.</summary>
public sealed class ScriptedStepExecutor(Func<StepWork, CancellationToken, Task<IReadOnlyList<StepResult>>> script) : IStepExecutor
{
    private readonly List<StepWork> _calls = [];

    public IReadOnlyList<StepWork> Calls
    {
        get
        {
            lock (_calls)
                return _calls.ToList();
        }
    }

    public async Task<IReadOnlyList<StepResult>> ExecuteAsync(StepWork work, Func<string, Task> log, CancellationToken cancellationToken)
    {
        lock (_calls)
            _calls.Add(work);
        await log($"scripted {work.Unit} attempt {work.Attempt}");
        return await script(work, cancellationToken);
    }

    public static IReadOnlyList<StepResult> Succeeded(StepWork work) =>
        work.Assets.Select(a => new StepResult(a, work.Unit[..10], StepStatus.Materialized, 7, 42, "v_test", [], TimeSpan.FromMilliseconds(5), null)).ToList();

    public static IReadOnlyList<StepResult> Failed(StepWork work, string error) =>
        work.Assets.Select(a => new StepResult(a, work.Unit[..10], StepStatus.Failed, 0, null, null, [], TimeSpan.FromMilliseconds(5), error)).ToList();
}
