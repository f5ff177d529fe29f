using Lineage.Assets.Keys;

namespace Lineage.Materializers.Recording;

/// <summary>
/// What the listing of a source asset's partition showed: a data version derived from the files' names, sizes and
/// change tags, how many files and bytes.
/// </summary>
public sealed record SourceObservationRecord(AssetKey Asset, string Partition, string DataVersion, int FileCount, long Bytes, DateTimeOffset ObservedAt);
