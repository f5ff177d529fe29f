namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// What a commit produced: the snapshot (for tags and branches, the snapshot they point at), its sequence number,
/// the new metadata version, the operation, the snapshot summary and how many attempts the commit took.
/// </summary>
public sealed record CommitResult(
    long SnapshotId,
    long SequenceNumber,
    int MetadataVersion,
    string Operation,
    IReadOnlyDictionary<string, string> Summary,
    int Attempts);
