using Lineage.Workbench.Storage.Runs;

namespace Lineage.Workbench.Orchestration.Runs;

public sealed record RunStepView(
    long Id,
    string Asset,
    string Partition,
    string Unit,
    string Status,
    int Attempt,
    DateTimeOffset? QueuedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    DateTimeOffset? NextAttemptAt,
    long? WaitingForRunId,
    string? Node,
    long? Rows,
    long? SnapshotId,
    string? Error)
{
    public static RunStepView From(StoredRunStep step) => new(
        step.Id, step.AssetKey, step.Partition, step.Unit, step.Status.Word(), step.Attempt, step.QueuedAt, step.StartedAt, step.FinishedAt,
        step.NextAttemptAt, step.WaitingForRunId, step.Node, step.Rows, step.SnapshotId, step.Error);
}
