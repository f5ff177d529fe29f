using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.IO.S3;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// The files a set of snapshots references, as absolute locations: their manifest lists, the manifests those list,
/// and the data (or delete) files of manifest entries, split into live entries (added or existing: a reader of one
/// of the snapshots may open them) and entries that only record a deletion.
/// </summary>
internal sealed class SnapshotFiles
{
    public HashSet<string> ManifestLists { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Manifests { get; } = new(StringComparer.Ordinal);

    public HashSet<string> LiveDataFiles { get; } = new(StringComparer.Ordinal);

    public HashSet<string> DeletedDataFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Every location of the four sets.</summary>
    public HashSet<string> All()
    {
        var all = new HashSet<string>(ManifestLists, StringComparer.Ordinal);
        all.UnionWith(Manifests);
        all.UnionWith(LiveDataFiles);
        all.UnionWith(DeletedDataFiles);
        return all;
    }

    public static async Task<SnapshotFiles> CollectAsync(IFileIO io, IEnumerable<Snapshot> snapshots, CancellationToken cancellationToken)
    {
        var files = new SnapshotFiles();
        foreach (var snapshot in snapshots)
        {
            if (snapshot.ManifestList is not { } list)
                continue;
            files.ManifestLists.Add(Normalize(list));
            foreach (var manifest in await ManifestFiles.ReadListAsync(io, list, cancellationToken))
            {
                if (!files.Manifests.Add(Normalize(manifest.ManifestPath)))
                    continue;
                foreach (var entry in await ManifestFiles.ReadEntriesAsync(io, manifest, cancellationToken))
                {
                    var target = entry.Status == ManifestEntryStatus.Deleted ? files.DeletedDataFiles : files.LiveDataFiles;
                    target.Add(Normalize(entry.DataFile.FilePath));
                }
            }
        }
        return files;
    }

    /// <summary>One spelling per local file (<c>file:/…</c>), so that locations from metadata and from listings compare equal.</summary>
    public static string Normalize(string location) => S3Location.IsS3(location) ? location : LocalFileIO.ToUri(location);
}
