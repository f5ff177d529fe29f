namespace Lineage.Lakehouse.Iceberg.Metadata;

/// <summary>An entry of the <c>snapshot-log</c>: when a snapshot became current.</summary>
public sealed record SnapshotLogEntry(long TimestampMs, long SnapshotId);
