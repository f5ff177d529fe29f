namespace Lineage.Workbench.Storage.Runs;

/// <summary>
/// A row of <c>run_steps</c>: one asset partition of a run. Steps that one pass writes together (the base tables of a
/// partition) share an execution unit and run as one job.
/// </summary>
public sealed class StoredRunStep
{
    public long Id { get; set; }

    public long RunId { get; set; }

    public required string AssetKey { get; set; }

    public required string Partition { get; set; }

    /// <summary>The execution unit: steps with the same unit run in one job.</summary>
    public required string Unit { get; set; }

    public StepStatus Status { get; set; }

    /// <summary>Attempts started so far (0 before the first).</summary>
    public int Attempt { get; set; }

    public DateTimeOffset? QueuedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>When the next attempt is due, while <see cref="StepStatus.Retrying"/>.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>The run whose step holds the asset partition, while <see cref="StepStatus.Waiting"/>.</summary>
    public long? WaitingForRunId { get; set; }

    /// <summary>The scheduler node that ran the latest attempt.</summary>
    public string? Node { get; set; }

    public long? Rows { get; set; }

    public long? SnapshotId { get; set; }

    public string? Error { get; set; }
}
