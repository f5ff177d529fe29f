using Lineage.Workbench.Storage.Runs;

namespace Lineage.Workbench.Orchestration.Runs;

/// <summary>Calls every registered <see cref="IRunObserver"/>, logging (not throwing) what one of them throws.</summary>
public sealed class RunObservers(IEnumerable<IRunObserver> observers, ILogger<RunObservers> logger)
{
    public Task StepFailedAsync(StoredRun run, StoredRunStep step, CancellationToken cancellationToken) =>
        EachAsync(o => o.StepFailedAsync(run, step, cancellationToken), $"step {step.AssetKey} {step.Partition} of run {run.Id} failed");

    public Task RunFinishedAsync(StoredRun run, IReadOnlyList<StoredRunStep> steps, CancellationToken cancellationToken) =>
        EachAsync(o => o.RunFinishedAsync(run, steps, cancellationToken), $"run {run.Id} finished");

    private async Task EachAsync(Func<IRunObserver, Task> call, string fact)
    {
        foreach (var observer in observers)
        {
            try
            {
                await call(observer);
            }
            catch (Exception e)
            {
                logger.LogError(e, "{Observer} failed to handle: {Fact}", observer.GetType().Name, fact);
            }
        }
    }
}
