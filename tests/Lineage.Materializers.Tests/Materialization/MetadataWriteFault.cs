using Lineage.Lakehouse.IO;

namespace Lineage.Materializers.Tests.Materialization;

/// <summary>
/// A file IO that fails exactly one table-metadata write — the <see cref="FailAt"/>-th one after arming — as a crash
/// in the middle of a multi-table commit would; every other operation passes through.
/// </summary>
public sealed class MetadataWriteFault(IFileIO inner) : IFileIO
{
    private int _metadataWrites;

    /// <summary>1-based index of the metadata write to fail after <see cref="Arm"/>; 0 when disarmed.</summary>
    public int FailAt { get; private set; }

    public bool Fired { get; private set; }

    public void Arm(int failAt)
    {
        FailAt = failAt;
        _metadataWrites = 0;
        Fired = false;
    }

    public async Task<bool> TryCreateNewAsync(string location, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        if (FailAt > 0 && location.EndsWith(".metadata.json", StringComparison.Ordinal) && ++_metadataWrites == FailAt)
        {
            Fired = true;
            throw new FileIOException(location, "injected failure: the process died while writing table metadata");
        }
        return await inner.TryCreateNewAsync(location, content, cancellationToken);
    }

    public Task<IReadableFile> OpenReadAsync(string location, CancellationToken cancellationToken = default) => inner.OpenReadAsync(location, cancellationToken);

    public Task<Stream> CreateAsync(string location, CancellationToken cancellationToken = default) => inner.CreateAsync(location, cancellationToken);

    public Task<bool> ExistsAsync(string location, CancellationToken cancellationToken = default) => inner.ExistsAsync(location, cancellationToken);

    public Task DeleteAsync(string location, CancellationToken cancellationToken = default) => inner.DeleteAsync(location, cancellationToken);

    public IAsyncEnumerable<FileEntry> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);

    public Task<byte[]> ReadAllBytesAsync(string location, CancellationToken cancellationToken = default) => inner.ReadAllBytesAsync(location, cancellationToken);
}
