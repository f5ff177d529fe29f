using System.Text.Json;
using Lineage.Assets.Partitions;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;

namespace Lineage.Workbench.Orchestration.Runs;

/// <summary>Creates a run from a launch request (its steps all pending) and hands its first ready units to the queue.</summary>
public sealed class RunLauncher(RunPlanner planner, CatalogDbContextFactory contexts, RunEventLog events, RunDispatcher dispatcher, TimeProvider clock)
{
    public async Task<LaunchResult> LaunchAsync(LaunchRequest request, CancellationToken cancellationToken)
    {
        var steps = await planner.PlanAsync(request, cancellationToken);
        if (steps.Count == 0)
            return new LaunchResult(null, 0, "nothing is missing or stale in the selection and partitions");

        await using var db = await contexts.OpenAsync(cancellationToken);
        // The run and its steps appear together: a dispatcher (e.g. recovery on a node starting) that saw the run
        // without its steps would take it for finished.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var run = new StoredRun
        {
            Selection = request.Selection,
            Partitions = JsonSerializer.Serialize(request.Partitions.Distinct().Order().Select(DailyPartitions.FormatKey)),
            Trigger = request.Trigger,
            Status = RunStatus.Queued,
            LaunchedBy = request.LaunchedBy,
            BackfillId = request.BackfillId,
            ParentRunId = request.ParentRunId,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Runs.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        db.RunSteps.AddRange(steps.Select(s => new StoredRunStep
        {
            RunId = run.Id,
            AssetKey = s.Asset.Value,
            Partition = s.Partition,
            Unit = s.Unit,
            Status = StepStatus.Pending,
        }));
        var partitions = steps.Select(s => s.Partition).Distinct().Count();
        db.RunEvents.Add(events.RunChanged(run,
            $"{request.Trigger.ToString().ToLowerInvariant()} run of {request.Selection}: {steps.Count} step{(steps.Count == 1 ? "" : "s")} over {partitions} partition{(partitions == 1 ? "" : "s")}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await dispatcher.DispatchAsync(run.Id, cancellationToken);
        return new LaunchResult(run.Id, steps.Count, $"run {run.Id} queued");
    }
}
