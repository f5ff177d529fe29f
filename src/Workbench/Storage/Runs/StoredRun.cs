namespace Lineage.Workbench.Storage.Runs;

/// <summary>A row of <c>runs</c>: one launch of a selection over one or more partitions.</summary>
public sealed class StoredRun
{
    public long Id { get; set; }

    /// <summary>The selection as the person or machine wrote it.</summary>
    public required string Selection { get; set; }

    /// <summary>A JSON array of partition keys.</summary>
    public required string Partitions { get; set; }

    public RunTrigger Trigger { get; set; }

    public RunStatus Status { get; set; }

    /// <summary>Who or what launched it: an operator name, a schedule, the asset whose materialization triggered it.</summary>
    public string? LaunchedBy { get; set; }

    public long? BackfillId { get; set; }

    /// <summary>The run this one re-executes (failed steps of it).</summary>
    public long? ParentRunId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public string? Error { get; set; }
}
