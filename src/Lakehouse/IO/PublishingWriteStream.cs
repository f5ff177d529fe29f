namespace Lineage.Lakehouse.IO;

/// <summary>
/// A write-only stream whose content becomes visible at its location only when it is disposed (published), and
/// is abandoned instead when a write failed or the creator's token was cancelled. Position counts the bytes written.
/// </summary>
internal abstract class PublishingWriteStream(string location, CancellationToken abandonToken) : Stream
{
    private bool _failed;
    private bool _closed;

    public string Location { get; } = location;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => !_closed;
    public override long Length => Written;

    public override long Position
    {
        get => Written;
        set => throw new NotSupportedException($"{Location}: the write stream cannot seek.");
    }

    protected long Written { get; private set; }

    protected abstract void WriteCore(ReadOnlySpan<byte> buffer);

    protected abstract ValueTask WriteCoreAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken);

    /// <summary>Makes the written bytes visible at <see cref="Location"/>.</summary>
    protected abstract ValueTask PublishAsync();

    /// <summary>Removes whatever the write left behind; must not throw.</summary>
    protected abstract ValueTask AbandonAsync();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        EnsureOpen();
        try
        {
            WriteCore(buffer);
            Written += buffer.Length;
        }
        catch
        {
            _failed = true;
            throw;
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteCoreAsync(buffer, cancellationToken);
            Written += buffer.Length;
        }
        catch
        {
            _failed = true;
            throw;
        }
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException($"{Location}: the write stream cannot be read.");

    public override long Seek(long offset, SeekOrigin origin) =>
        throw new NotSupportedException($"{Location}: the write stream cannot seek.");

    public override void SetLength(long value) =>
        throw new NotSupportedException($"{Location}: the write stream cannot change its length.");

    public override async ValueTask DisposeAsync()
    {
        if (_closed)
            return;
        _closed = true;
        if (_failed || abandonToken.IsCancellationRequested)
        {
            await AbandonAsync();
        }
        else
        {
            try
            {
                await PublishAsync();
            }
            catch
            {
                await AbandonAsync();
                throw;
            }
        }
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            DisposeAsync().AsTask().GetAwaiter().GetResult();
        base.Dispose(disposing);
    }

    private void EnsureOpen()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
    }
}
