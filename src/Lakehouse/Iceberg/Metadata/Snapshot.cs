namespace Lineage.Lakehouse.Iceberg.Metadata;

/// <summary>
/// The state of a table at one commit: its id, parent, sequence number, time, manifest list and summary
/// (string values; <c>operation</c> is required). v1 snapshots may list <see cref="Manifests"/> instead of a manifest list.
/// </summary>
public sealed record Snapshot
{
    public required long SnapshotId { get; init; }

    public long? ParentSnapshotId { get; init; }

    /// <summary>0 for snapshots of v1 tables, which had no sequence numbers.</summary>
    public long SequenceNumber { get; init; }

    public required long TimestampMs { get; init; }

    public string? ManifestList { get; init; }

    /// <summary>v1 only: the manifest paths when the snapshot has no manifest list.</summary>
    public IReadOnlyList<string>? Manifests { get; init; }

    public IReadOnlyDictionary<string, string> Summary { get; init; } = new Dictionary<string, string>();

    public int? SchemaId { get; init; }

    /// <summary>The summary's <c>operation</c>: append, replace, overwrite or delete.</summary>
    public string? Operation => Summary.GetValueOrDefault("operation");
}
