namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>A manifest as a manifest list describes it (<c>manifest_file</c>): path, exact length, spec, sequence numbers, counts and partition summaries.</summary>
internal sealed record ManifestFile
{
    public required string ManifestPath { get; init; }

    public required long ManifestLength { get; init; }

    public required int PartitionSpecId { get; init; }

    public ManifestContent Content { get; init; } = ManifestContent.Data;

    /// <summary>The sequence number of the commit that added the manifest (0 in v1 lists).</summary>
    public long SequenceNumber { get; init; }

    /// <summary>The lowest data sequence number of the manifest's live files (0 in v1 lists).</summary>
    public long MinSequenceNumber { get; init; }

    public required long AddedSnapshotId { get; init; }

    public int AddedFilesCount { get; init; }

    public int ExistingFilesCount { get; init; }

    public int DeletedFilesCount { get; init; }

    public long AddedRowsCount { get; init; }

    public long ExistingRowsCount { get; init; }

    public long DeletedRowsCount { get; init; }

    /// <summary>One summary per partition field, in spec order; null when not written.</summary>
    public IReadOnlyList<PartitionFieldSummary>? Partitions { get; init; }

    public byte[]? KeyMetadata { get; init; }
}
