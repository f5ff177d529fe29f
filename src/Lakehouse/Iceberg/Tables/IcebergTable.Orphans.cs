using Lineage.Lakehouse.IO;

namespace Lineage.Lakehouse.Iceberg.Tables;

public sealed partial class IcebergTable
{
    /// <summary>
    /// Files under the table location that no metadata version, manifest list or manifest of a retained snapshot
    /// references: leftovers of failed or crashed commits and of data files never committed. Metadata files and the
    /// version hint are never orphans; files still being written are not listed. Symbolic links are never followed nor
    /// listed, and nothing outside the table's location is.
    /// </summary>
    public Task<IReadOnlyList<FileEntry>> FindOrphanFilesAsync(CancellationToken cancellationToken = default) =>
        FindOrphanFilesAsync(TimeSpan.Zero, cancellationToken);

    /// <summary>As <see cref="FindOrphanFilesAsync(CancellationToken)"/>, keeping files younger than <paramref name="minimumAge"/> (a concurrent writer may be about to commit them).</summary>
    public async Task<IReadOnlyList<FileEntry>> FindOrphanFilesAsync(TimeSpan minimumAge, CancellationToken cancellationToken = default)
    {
        await RefreshAsync(cancellationToken);
        var referenced = (await SnapshotFiles.CollectAsync(_io, Metadata.Snapshots, cancellationToken)).All();
        var cutoff = DateTimeOffset.UtcNow - minimumAge;
        var orphans = new List<FileEntry>();
        var inside = SnapshotFiles.Normalize(Location + "/");
        await foreach (var file in _io.ListAsync(Location + "/", cancellationToken))
        {
            var location = SnapshotFiles.Normalize(file.Location);
            // A link is never an orphan: what it leads to may belong to anyone.
            if (file.LinkTarget is not null || !location.StartsWith(inside, StringComparison.Ordinal))
                continue;
            if (referenced.Contains(location) || TableLayout.VersionOf(location) is not null || location == _layout.VersionHint)
                continue;
            if (minimumAge > TimeSpan.Zero && file.LastModified > cutoff)
                continue;
            orphans.Add(file);
        }
        return orphans;
    }

    /// <summary>Deletes what <see cref="FindOrphanFilesAsync(CancellationToken)"/> lists; returns how many files were deleted.</summary>
    public async Task<int> DeleteOrphanFilesAsync(CancellationToken cancellationToken = default)
    {
        var orphans = await FindOrphanFilesAsync(cancellationToken);
        foreach (var orphan in orphans)
            await _io.DeleteAsync(orphan.Location, cancellationToken);
        return orphans.Count;
    }
}
