namespace Lineage.Workbench.Storage.Runs;

/// <summary>
/// A row of <c>step_locks</c>: the run step working on an asset partition. The primary key (asset, partition) is what
/// keeps two steps off the same asset partition, across every process sharing the database.
/// </summary>
public sealed class StoredStepLock
{
    public required string AssetKey { get; set; }

    public required string Partition { get; set; }

    public long StepId { get; set; }

    public long RunId { get; set; }

    public DateTimeOffset AcquiredAt { get; set; }
}
