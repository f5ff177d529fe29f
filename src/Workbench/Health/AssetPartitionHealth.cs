using Lineage.Assets.Keys;

namespace Lineage.Workbench.Health;

/// <summary>The health of one asset partition and, unless fresh, why.</summary>
public sealed record AssetPartitionHealth(AssetKey Asset, string Partition, PartitionHealth Health, IReadOnlyList<string> Reasons);
