using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.IO;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>Reads manifest lists and manifests through the table's file IO (they are small: read whole).</summary>
internal static class ManifestFiles
{
    public static async Task<IReadOnlyList<ManifestFile>> ReadListAsync(IFileIO io, string location, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(await io.ReadAllBytesAsync(location, cancellationToken), writable: false);
        return ManifestListReader.Read(stream, location);
    }

    public static async Task<IReadOnlyList<ManifestEntry>> ReadEntriesAsync(IFileIO io, ManifestFile manifest, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(await io.ReadAllBytesAsync(manifest.ManifestPath, cancellationToken), writable: false);
        return ManifestReader.Read(stream, manifest).Entries;
    }

    /// <summary>Writes bytes produced synchronously (Avro writers) to a new file.</summary>
    public static async Task WriteAsync(IFileIO io, string location, MemoryStream content, CancellationToken cancellationToken)
    {
        await using var stream = await io.CreateAsync(location, cancellationToken);
        await stream.WriteAsync(content.GetBuffer().AsMemory(0, (int)content.Length), cancellationToken);
    }
}
