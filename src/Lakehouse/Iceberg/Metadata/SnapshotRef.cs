namespace Lineage.Lakehouse.Iceberg.Metadata;

/// <summary>A named reference to a snapshot: a branch (like <c>main</c>) or a tag, with optional retention limits.</summary>
public sealed record SnapshotRef(
    long SnapshotId,
    string Type,
    int? MinSnapshotsToKeep = null,
    long? MaxSnapshotAgeMs = null,
    long? MaxRefAgeMs = null)
{
    public const string BranchType = "branch";
    public const string TagType = "tag";
    public const string MainBranch = "main";

    public static SnapshotRef Branch(long snapshotId) => new(snapshotId, BranchType);

    public static SnapshotRef Tag(long snapshotId, long? maxRefAgeMs = null) => new(snapshotId, TagType, MaxRefAgeMs: maxRefAgeMs);

    public bool IsBranch => Type == BranchType;
}
