namespace Lineage.Workbench.Storage.Runs;

/// <summary>
/// A row of <c>run_events</c>: what happened in a run, in order (the id), for the run's page and its live stream:
/// run and step status changes, log lines, materializations and check results.
/// </summary>
public sealed class StoredRunEvent
{
    public long Id { get; set; }

    public long RunId { get; set; }

    public RunEventKind Kind { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary><c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    public required string Level { get; set; }

    public long? StepId { get; set; }

    public string? AssetKey { get; set; }

    public string? Partition { get; set; }

    public required string Message { get; set; }

    /// <summary>A JSON object with the event's facts (status, snapshot, check metadata…).</summary>
    public required string Data { get; set; }
}
