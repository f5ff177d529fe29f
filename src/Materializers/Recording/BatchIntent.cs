using Lineage.Assets.Keys;

namespace Lineage.Materializers.Recording;

/// <summary>
/// The commit journal's record of one commit group of a batch (the base tables with processing_metadata, or one ML
/// table): written before its first table commit, ended after the last one is recorded. <see cref="LastSeenAt"/> is
/// the owner's latest heartbeat.
/// </summary>
public sealed record BatchIntent(
    string BatchId,
    string Group,
    string Partition,
    IReadOnlyList<BatchTable> Tables,
    BatchOwner Owner,
    DateTimeOffset StartedAt,
    DateTimeOffset LastSeenAt);

/// <summary>A table a batch commits to and the snapshot it stood at before the batch (none: the table was empty).</summary>
public sealed record BatchTable(AssetKey Asset, long? ParentSnapshotId);
