namespace Lineage.Lakehouse.IO;

/// <summary>Writes to a hidden temporary file beside the target and renames it over the target when published.</summary>
internal sealed class LocalWriteStream : PublishingWriteStream
{
    private readonly string _path;
    private readonly string _temporaryPath;
    private readonly FileStream _file;

    public LocalWriteStream(string location, string path, CancellationToken abandonToken)
        : base(location, abandonToken)
    {
        _path = path;
        _temporaryPath = LocalFileIO.TemporaryPathFor(path);
        _file = new FileStream(_temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
    }

    protected override void WriteCore(ReadOnlySpan<byte> buffer) => _file.Write(buffer);

    protected override ValueTask WriteCoreAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken) =>
        _file.WriteAsync(buffer, cancellationToken);

    protected override async ValueTask PublishAsync()
    {
        try
        {
            await _file.FlushAsync();
            _file.Flush(flushToDisk: true);
            await _file.DisposeAsync();
            File.Move(_temporaryPath, _path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileIOException(Location, $"cannot publish the file: {e.Message}", e);
        }
    }

    protected override async ValueTask AbandonAsync()
    {
        await _file.DisposeAsync();
        try
        {
            File.Delete(_temporaryPath);
        }
        catch (IOException)
        {
            // Nothing more can be done; the hidden name keeps the leftover out of listings.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
