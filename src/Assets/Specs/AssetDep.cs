using Lineage.Assets.Keys;

namespace Lineage.Assets.Specs;

/// <summary>A dependency on an upstream asset; partitions map by identity (same date).</summary>
public sealed record AssetDep(AssetKey Asset);
