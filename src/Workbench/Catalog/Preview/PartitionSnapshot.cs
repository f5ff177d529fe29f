namespace Lineage.Workbench.Catalog.Preview;

/// <summary>One materialization of a partition: the snapshot tag it committed, its batch, row count and start.</summary>
public sealed record PartitionSnapshot(string Tag, string BatchId, long SnapshotId, long Rows, DateTimeOffset StartedAt);
