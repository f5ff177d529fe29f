namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>Extras of a data commit: properties added to the snapshot summary and a tag to point at the new snapshot.</summary>
public sealed record CommitOptions
{
    /// <summary>Added to the snapshot summary (they cannot override the counters or <c>operation</c>).</summary>
    public IReadOnlyDictionary<string, string> SnapshotProperties { get; init; } = new Dictionary<string, string>();

    /// <summary>When set, this tag points at the new snapshot in the same commit (an existing tag of that name moves).</summary>
    public string? Tag { get; init; }
}
