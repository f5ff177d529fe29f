using Lineage.Assets.Keys;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Storage.Runs;

namespace Lineage.Workbench.Orchestration.Alerts;

/// <summary>Alerts the routes of an asset's group when one of its steps fails for good.</summary>
public sealed class StepFailureAlerts(AlertDispatcher dispatcher, AlertFactory alerts) : IRunObserver
{
    public Task StepFailedAsync(StoredRun run, StoredRunStep step, CancellationToken cancellationToken) =>
        dispatcher.SendAsync(alerts.StepFailed(new AssetKey(step.AssetKey), step.Partition, step.Error ?? "failed", run.Id), cancellationToken);
}
