using Lineage.Lakehouse.Iceberg.Metadata;

namespace Lineage.Lakehouse.Iceberg.Tables;

public sealed partial class IcebergTable
{
    /// <summary>Operation reported for the metadata commit of <see cref="ExpireSnapshotsAsync"/>.</summary>
    public const string ExpireSnapshotsOperation = "expire-snapshots";

    /// <summary>
    /// Removes the snapshots committed before <paramref name="olderThan"/>, keeping the current snapshot, the newest
    /// <paramref name="retainLast"/> snapshots of its history and every snapshot a tag or branch points at. The new
    /// metadata version is committed first (snapshots and snapshot log trimmed); only then are the manifest lists,
    /// manifests and data files deleted that no remaining snapshot can read. Nothing is committed when no snapshot
    /// qualifies.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retainLast"/> is below 1.</exception>
    public async Task<ExpireResult> ExpireSnapshotsAsync(DateTimeOffset olderThan, int retainLast = 1, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retainLast, 1);
        await RefreshAsync(cancellationToken);
        var cutoff = olderThan.ToUnixTimeMilliseconds();
        if (Expirable(Metadata, cutoff, retainLast).Count == 0)
            return new ExpireResult(0, 0, 0, 0);

        IReadOnlyList<Snapshot> expired = [];
        IReadOnlyList<Snapshot> remaining = [];
        await CommitAsync((state, _, _) =>
        {
            var metadata = state.Metadata;
            var doomed = Expirable(metadata, cutoff, retainLast);
            var kept = metadata.Snapshots.Where(s => !doomed.Contains(s.SnapshotId)).ToList();
            var next = metadata with
            {
                LastUpdatedMs = Math.Max(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), metadata.LastUpdatedMs),
                Snapshots = kept,
                SnapshotLog = metadata.SnapshotLog.Where(e => !doomed.Contains(e.SnapshotId)).ToList(),
            };
            expired = metadata.Snapshots.Where(s => doomed.Contains(s.SnapshotId)).ToList();
            remaining = kept;
            var current = metadata.CurrentSnapshot;
            var result = new CommitResult(
                current?.SnapshotId ?? 0, current?.SequenceNumber ?? 0, 0, ExpireSnapshotsOperation, current?.Summary ?? new Dictionary<string, string>(), 0);
            return Task.FromResult(new PendingCommit(next, [], result));
        }, cancellationToken);

        var reachable = await SnapshotFiles.CollectAsync(_io, remaining, cancellationToken);
        var unreachable = await SnapshotFiles.CollectAsync(_io, expired, cancellationToken);
        var dataFiles = await DeleteAllAsync(unreachable.LiveDataFiles.Union(unreachable.DeletedDataFiles).Except(reachable.LiveDataFiles), cancellationToken);
        var manifests = await DeleteAllAsync(unreachable.Manifests.Except(reachable.Manifests), cancellationToken);
        var lists = await DeleteAllAsync(unreachable.ManifestLists.Except(reachable.ManifestLists), cancellationToken);
        return new ExpireResult(expired.Count, dataFiles, manifests, lists);
    }

    /// <summary>Ids of the snapshots older than the cutoff that neither the current history's newest nor a ref keeps.</summary>
    private static HashSet<long> Expirable(TableMetadata metadata, long cutoffMs, int retainLast)
    {
        var keep = metadata.Refs.Values.Select(r => r.SnapshotId).ToHashSet();
        var ancestor = metadata.CurrentSnapshot;
        for (var i = 0; i < retainLast && ancestor is not null; i++)
        {
            keep.Add(ancestor.SnapshotId);
            ancestor = ancestor.ParentSnapshotId is { } parent ? metadata.SnapshotById(parent) : null;
        }
        return metadata.Snapshots.Where(s => s.TimestampMs < cutoffMs && !keep.Contains(s.SnapshotId)).Select(s => s.SnapshotId).ToHashSet();
    }

    private async Task<int> DeleteAllAsync(IEnumerable<string> locations, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var location in locations)
        {
            await _io.DeleteAsync(location, cancellationToken);
            count++;
        }
        return count;
    }
}
