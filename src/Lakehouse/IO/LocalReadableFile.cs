using Microsoft.Win32.SafeHandles;

namespace Lineage.Lakehouse.IO;

/// <summary>A local file read by positional reads (no shared stream position, safe for concurrent ranges).</summary>
internal sealed class LocalReadableFile : IReadableFile
{
    private readonly SafeFileHandle _handle;

    private LocalReadableFile(string location, SafeFileHandle handle)
    {
        Location = location;
        _handle = handle;
        Length = RandomAccess.GetLength(handle);
    }

    public string Location { get; }

    public long Length { get; }

    public static LocalReadableFile Open(string path) => Open(path, path);

    /// <summary>Opens <paramref name="path"/>, naming it <paramref name="location"/> in messages.</summary>
    internal static LocalReadableFile Open(string path, string location) =>
        new(location, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous));

    public async ValueTask ReadAsync(long offset, Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        if (offset < 0 || offset + destination.Length > Length)
            throw new EndOfStreamException($"{Location}: cannot read {destination.Length} bytes at offset {offset} of a {Length}-byte file.");
        var done = 0;
        while (done < destination.Length)
        {
            var read = await RandomAccess.ReadAsync(_handle, destination[done..], offset + done, cancellationToken);
            if (read == 0)
                throw new EndOfStreamException($"{Location}: the file ended at offset {offset + done}.");
            done += read;
        }
    }

    public ValueTask DisposeAsync()
    {
        _handle.Dispose();
        return ValueTask.CompletedTask;
    }
}
