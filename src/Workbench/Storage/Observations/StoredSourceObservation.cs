using Lineage.Assets.Keys;
using Lineage.Materializers.Recording;

namespace Lineage.Workbench.Storage.Observations;

/// <summary>A row of <c>source_observations</c>: what one listing of a source asset's partition showed.</summary>
public sealed class StoredSourceObservation
{
    public long Id { get; set; }

    public required string AssetKey { get; set; }

    public required string Partition { get; set; }

    public required string DataVersion { get; set; }

    public int FileCount { get; set; }

    public long Bytes { get; set; }

    public DateTimeOffset ObservedAt { get; set; }

    public static StoredSourceObservation From(SourceObservationRecord record) => new()
    {
        AssetKey = record.Asset.Value,
        Partition = record.Partition,
        DataVersion = record.DataVersion,
        FileCount = record.FileCount,
        Bytes = record.Bytes,
        ObservedAt = record.ObservedAt,
    };

    public SourceObservationRecord ToRecord() => new(new AssetKey(AssetKey), Partition, DataVersion, FileCount, Bytes, ObservedAt);
}
