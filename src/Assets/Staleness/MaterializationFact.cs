using Lineage.Assets.Keys;

namespace Lineage.Assets.Staleness;

/// <summary>
/// The latest materialization of one asset partition: the data version it produced, the code version that
/// produced it, and the data versions of the upstream partitions it consumed.
/// </summary>
public sealed record MaterializationFact(
    AssetKey Asset,
    string PartitionKey,
    DataVersion DataVersion,
    string? CodeVersion,
    IReadOnlyDictionary<AssetKey, DataVersion> UpstreamDataVersions);
