using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Tables;

namespace Lineage.Materializers.Materialization;

/// <summary>
/// Commits to several tables that stand or fall together: each is an ordinary atomic Iceberg commit, and when a later
/// one fails the earlier ones are undone (main branch back to the previous snapshot, tag removed), so readers never
/// keep a half-written materialization.
/// </summary>
internal sealed class CommitGroup
{
    private readonly List<(IcebergTable Table, CommitResult Commit, string? Tag)> _done = [];

    public async Task<CommitResult> OverwriteAsync(
        IcebergTable table, IReadOnlyList<DataFile> files, IReadOnlyDictionary<string, object?> partition, CommitOptions options, CancellationToken cancellationToken)
    {
        var commit = await table.OverwritePartitionsAsync(files, partition, options, cancellationToken);
        _done.Add((table, commit, options.Tag));
        return commit;
    }

    public async Task<CommitResult> AppendAsync(IcebergTable table, IReadOnlyList<DataFile> files, CommitOptions options, CancellationToken cancellationToken)
    {
        var commit = await table.AppendAsync(files, options, cancellationToken);
        _done.Add((table, commit, options.Tag));
        return commit;
    }

    /// <summary>Undoes every commit of the group, newest first; returns the tables it could not restore, with why.</summary>
    public async Task<IReadOnlyList<string>> UndoAsync()
    {
        var failures = new List<string>();
        for (var i = _done.Count - 1; i >= 0; i--)
        {
            var (table, commit, tag) = _done[i];
            try
            {
                // Not cancellable: a half-undone group is what this exists to prevent.
                await table.UndoCommitAsync(commit, tag, CancellationToken.None);
            }
            catch (Exception e)
            {
                failures.Add($"{table.Location} (snapshot {commit.SnapshotId}): {e.Message}");
            }
        }
        _done.Clear();
        return failures;
    }
}
