namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>
/// An entry of a manifest (<c>manifest_entry</c>). A null snapshot id or sequence number in an ADDED entry is
/// inherited from the manifest's listing when read.
/// </summary>
internal sealed record ManifestEntry(
    ManifestEntryStatus Status,
    long? SnapshotId,
    long? SequenceNumber,
    long? FileSequenceNumber,
    DataFile DataFile)
{
    /// <summary>A file added by the snapshot writing the manifest; sequence numbers are inherited.</summary>
    public static ManifestEntry Added(long snapshotId, DataFile file) => new(ManifestEntryStatus.Added, snapshotId, null, null, file);

    /// <summary>A file kept from an earlier snapshot, with the sequence numbers it was given then.</summary>
    public static ManifestEntry Existing(long snapshotId, long sequenceNumber, long fileSequenceNumber, DataFile file) =>
        new(ManifestEntryStatus.Existing, snapshotId, sequenceNumber, fileSequenceNumber, file);

    /// <summary>A file removed by the snapshot writing the manifest.</summary>
    public static ManifestEntry Deleted(long snapshotId, long sequenceNumber, long fileSequenceNumber, DataFile file) =>
        new(ManifestEntryStatus.Deleted, snapshotId, sequenceNumber, fileSequenceNumber, file);
}
