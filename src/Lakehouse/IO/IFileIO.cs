namespace Lineage.Lakehouse.IO;

/// <summary>
/// Reads and writes whole files by location, the same way on a local disk and in an S3-compatible store.
/// Locations are URIs: <c>file:/abs/path</c> (plain absolute paths are accepted too) or <c>s3://bucket/key</c>.
/// Errors name the location: <see cref="LocationNotFoundException"/> when it does not exist, <see cref="FileIOException"/> otherwise.
/// </summary>
public interface IFileIO
{
    /// <summary>Opens a file for ranged reads.</summary>
    Task<IReadableFile> OpenReadAsync(string location, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts writing a file, replacing any file at <paramref name="location"/>. Nothing is visible there until the stream
    /// is disposed: disposing publishes the whole content at once. The write is abandoned instead (leaving nothing behind)
    /// when a write to the stream failed or when <paramref name="cancellationToken"/> is cancelled by the time of disposal.
    /// </summary>
    Task<Stream> CreateAsync(string location, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes <paramref name="content"/> at <paramref name="location"/> only if nothing is there yet, atomically:
    /// of concurrent callers exactly one gets true. False when a file already exists.
    /// </summary>
    Task<bool> TryCreateNewAsync(string location, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string location, CancellationToken cancellationToken = default);

    /// <summary>Deletes the file; deleting a missing file does nothing (as in object stores).</summary>
    Task DeleteAsync(string location, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every file whose location starts with <paramref name="prefix"/> (a plain string prefix, as in object stores:
    /// <c>…/data/</c> lists a folder's tree, <c>…/data/part-</c> the files so named), in ordinal order of location.
    /// </summary>
    IAsyncEnumerable<FileEntry> ListAsync(string prefix, CancellationToken cancellationToken = default);

    Task<byte[]> ReadAllBytesAsync(string location, CancellationToken cancellationToken = default);
}
