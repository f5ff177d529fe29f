using Lineage.Workbench.Health;

namespace Lineage.Workbench.Catalog.Status;

/// <summary>
/// Consecutive days of a node's partition bar that share a health and reason, drawn as one rect: <see cref="Start"/>
/// and <see cref="Length"/> count days from the bar's first; <see cref="Health"/> is null before the first partition.
/// </summary>
public sealed record PartitionRun(int Start, int Length, PartitionHealth? Health, string Title);
