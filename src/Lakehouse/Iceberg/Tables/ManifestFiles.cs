using Lineage.Lakehouse.Iceberg.AvroFiles;
using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.IO;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>Reads manifest lists and manifests through the table's file IO (they are small: read whole, up to a cap checked first).</summary>
internal static class ManifestFiles
{
    public static async Task<IReadOnlyList<ManifestFile>> ReadListAsync(IFileIO io, string location, CancellationToken cancellationToken) =>
        ManifestListReader.Read(await ReadAsync(io, location, cancellationToken), location);

    public static async Task<IReadOnlyList<ManifestEntry>> ReadEntriesAsync(IFileIO io, ManifestFile manifest, CancellationToken cancellationToken) =>
        ManifestReader.Read(await ReadAsync(io, manifest.ManifestPath, cancellationToken), manifest, manifest.ManifestPath).Entries;

    /// <summary>Writes bytes produced synchronously (Avro writers) to a new file.</summary>
    public static async Task WriteAsync(IFileIO io, string location, MemoryStream content, CancellationToken cancellationToken)
    {
        await using var stream = await io.CreateAsync(location, cancellationToken);
        await stream.WriteAsync(content.GetBuffer().AsMemory(0, (int)content.Length), cancellationToken);
    }

    private static async Task<byte[]> ReadAsync(IFileIO io, string location, CancellationToken cancellationToken)
    {
        await using var file = await io.OpenReadAsync(location, cancellationToken);
        if (file.Length > AvroFileLimits.MaxFileBytes)
            throw AvroRecordFile.TooLarge(location, file.Length);
        var bytes = new byte[file.Length];
        await file.ReadAsync(0, bytes, cancellationToken);
        return bytes;
    }
}
