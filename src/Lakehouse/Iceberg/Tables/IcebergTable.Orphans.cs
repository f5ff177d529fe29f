using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.IO.S3;

namespace Lineage.Lakehouse.Iceberg.Tables;

public sealed partial class IcebergTable
{
    /// <summary>
    /// Files under the table location that no metadata version, manifest list or manifest of a retained snapshot
    /// references: leftovers of failed or crashed commits and of data files never committed. Metadata files and the
    /// version hint are never orphans; files still being written are not listed.
    /// </summary>
    public Task<IReadOnlyList<FileEntry>> FindOrphanFilesAsync(CancellationToken cancellationToken = default) =>
        FindOrphanFilesAsync(TimeSpan.Zero, cancellationToken);

    /// <summary>As <see cref="FindOrphanFilesAsync(CancellationToken)"/>, keeping files younger than <paramref name="minimumAge"/> (a concurrent writer may be about to commit them).</summary>
    public async Task<IReadOnlyList<FileEntry>> FindOrphanFilesAsync(TimeSpan minimumAge, CancellationToken cancellationToken = default)
    {
        await RefreshAsync(cancellationToken);
        var referenced = await ReferencedFilesAsync(cancellationToken);
        var cutoff = DateTimeOffset.UtcNow - minimumAge;
        var orphans = new List<FileEntry>();
        await foreach (var file in _io.ListAsync(Location + "/", cancellationToken))
        {
            var location = Normalize(file.Location);
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

    private async Task<HashSet<string>> ReferencedFilesAsync(CancellationToken cancellationToken)
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        var manifestsRead = new HashSet<string>(StringComparer.Ordinal);
        foreach (var snapshot in Metadata.Snapshots)
        {
            if (snapshot.ManifestList is not { } list)
                continue;
            referenced.Add(Normalize(list));
            foreach (var manifest in await ManifestFiles.ReadListAsync(_io, list, cancellationToken))
            {
                if (!manifestsRead.Add(manifest.ManifestPath))
                    continue;
                referenced.Add(Normalize(manifest.ManifestPath));
                foreach (var entry in await ManifestFiles.ReadEntriesAsync(_io, manifest, cancellationToken))
                    referenced.Add(Normalize(entry.DataFile.FilePath));
            }
        }
        return referenced;
    }

    private static string Normalize(string location) => S3Location.IsS3(location) ? location : LocalFileIO.ToUri(location);
}
