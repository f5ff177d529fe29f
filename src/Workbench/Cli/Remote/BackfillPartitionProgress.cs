namespace Lineage.Workbench.Cli.Remote;

/// <summary>One partition of a backfill: its overall status and its steps counted by status.</summary>
public sealed record BackfillPartitionProgress(string Partition, string Status, IReadOnlyDictionary<string, int> Steps);
