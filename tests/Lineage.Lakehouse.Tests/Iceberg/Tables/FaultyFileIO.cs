using Lineage.Lakehouse.IO;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

/// <summary>
/// A file IO that simulates a crash: once armed, the next create-if-absent of a metadata file throws instead of
/// writing (as a process dying right before its commit would), everything else passes through.
/// </summary>
public sealed class FaultyFileIO(IFileIO inner) : IFileIO
{
    public bool FailMetadataWrites { get; set; }

    public int FailedWrites { get; private set; }

    public Task<bool> TryCreateNewAsync(string location, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        if (FailMetadataWrites && location.EndsWith(".metadata.json", StringComparison.Ordinal))
        {
            FailedWrites++;
            throw new IOException($"simulated crash before writing {location}");
        }
        return inner.TryCreateNewAsync(location, content, cancellationToken);
    }

    public Task<IReadableFile> OpenReadAsync(string location, CancellationToken cancellationToken = default) => inner.OpenReadAsync(location, cancellationToken);

    public Task<Stream> CreateAsync(string location, CancellationToken cancellationToken = default) => inner.CreateAsync(location, cancellationToken);

    public Task<bool> ExistsAsync(string location, CancellationToken cancellationToken = default) => inner.ExistsAsync(location, cancellationToken);

    public Task DeleteAsync(string location, CancellationToken cancellationToken = default) => inner.DeleteAsync(location, cancellationToken);

    public IAsyncEnumerable<FileEntry> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);

    public Task<byte[]> ReadAllBytesAsync(string location, CancellationToken cancellationToken = default) => inner.ReadAllBytesAsync(location, cancellationToken);
}
