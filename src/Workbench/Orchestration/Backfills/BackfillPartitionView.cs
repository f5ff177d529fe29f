namespace Lineage.Workbench.Orchestration.Backfills;

/// <summary>One date of a backfill: its status (see <see cref="BackfillPartitionStatus"/>) and its asset partitions counted by step status.</summary>
public sealed record BackfillPartitionView(string Partition, string Status, IReadOnlyDictionary<string, int> Steps);
