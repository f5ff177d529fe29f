using Lineage.Assets.Keys;
using Lineage.Materializers.Recording;
using Lineage.Workbench.Storage.Conventions;

namespace Lineage.Workbench.Storage.Materializations;

/// <summary>A row of <c>materializations</c>: one successful commit of one asset partition.</summary>
public sealed class StoredMaterialization
{
    public long Id { get; set; }

    public required string AssetKey { get; set; }

    public required string Partition { get; set; }

    public required string BatchId { get; set; }

    public long? SnapshotId { get; set; }

    /// <summary>The snapshot's sequence number: the table's commit order, which decides the latest materialization.</summary>
    public long SequenceNumber { get; set; }

    public string? Tag { get; set; }

    public long Rows { get; set; }

    public string? CodeVersion { get; set; }

    public required string DataVersion { get; set; }

    /// <summary>A JSON object: upstream partition → data version.</summary>
    public required string UpstreamDataVersions { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public TimeSpan Duration { get; set; }

    /// <summary>A JSON object.</summary>
    public required string Metadata { get; set; }

    /// <summary>The run that produced it; none when materialized in a CLI process.</summary>
    public long? RunId { get; set; }

    public static StoredMaterialization From(MaterializationRecord record, long? runId = null) => new()
    {
        RunId = runId,
        AssetKey = record.Asset.Value,
        Partition = record.Partition,
        BatchId = record.BatchId,
        SnapshotId = record.SnapshotId,
        SequenceNumber = record.SequenceNumber,
        Tag = record.Tag,
        Rows = record.Rows,
        CodeVersion = record.CodeVersion,
        DataVersion = record.DataVersion,
        UpstreamDataVersions = JsonText.Write(record.UpstreamDataVersions),
        StartedAt = record.StartedAt,
        Duration = record.Duration,
        Metadata = JsonText.Write(record.Metadata),
    };

    public MaterializationRecord ToRecord() => new(
        new AssetKey(AssetKey),
        Partition,
        BatchId,
        SnapshotId,
        SequenceNumber,
        Tag,
        Rows,
        CodeVersion,
        DataVersion,
        JsonText.ReadDictionary(UpstreamDataVersions),
        StartedAt,
        Duration,
        JsonText.ReadObject(Metadata));
}
