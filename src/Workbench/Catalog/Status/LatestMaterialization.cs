namespace Lineage.Workbench.Catalog.Status;

/// <summary>The newest materialization of an asset over all its partitions.</summary>
public sealed record LatestMaterialization(string Partition, DateTimeOffset StartedAt, TimeSpan Duration, long Rows, long? SnapshotId, string? Tag, long? RunId);
