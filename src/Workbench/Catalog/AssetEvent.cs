namespace Lineage.Workbench.Catalog;

/// <summary>
/// One recorded fact about an asset partition: a materialization (rows, snapshot, tag, duration, run) or an observation
/// of a source (files, bytes).
/// </summary>
public sealed record AssetEvent(
    AssetEventKind Kind,
    DateTimeOffset At,
    string Partition,
    string DataVersion,
    long? Rows = null,
    long? SnapshotId = null,
    string? Tag = null,
    TimeSpan? Duration = null,
    long? RunId = null,
    int? Files = null,
    long? Bytes = null);
