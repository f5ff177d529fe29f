using Lineage.Assets.Keys;

namespace Lineage.Assets.Staleness;

/// <summary>The latest observed data version of one partition of a source asset.</summary>
public sealed record SourceObservation(AssetKey Asset, string PartitionKey, DataVersion DataVersion);
