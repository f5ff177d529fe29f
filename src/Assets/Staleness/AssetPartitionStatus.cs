using Lineage.Assets.Keys;

namespace Lineage.Assets.Staleness;

/// <summary>Whether one asset partition is missing, stale or fresh, and why it is stale.</summary>
public sealed record AssetPartitionStatus(
    AssetKey Asset,
    string PartitionKey,
    StaleStatus Status,
    IReadOnlyList<StaleCause> Causes);
