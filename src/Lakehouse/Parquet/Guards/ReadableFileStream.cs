using Lineage.Lakehouse.IO;

namespace Lineage.Lakehouse.Parquet.Guards;

/// <summary>A read-only, seekable stream over a ranged file (local or S3), for readers that take streams.</summary>
internal sealed class ReadableFileStream(IReadableFile file) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => file.Length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new IOException("cannot seek before the start of the file");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var rented = new byte[Available(buffer.Length)];
        // Off the caller's synchronization context: waiting on it from a single-threaded one would deadlock.
        var read = Task.Run(() => ReadAsync(rented).AsTask()).GetAwaiter().GetResult();
        rented.AsSpan(0, read).CopyTo(buffer);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var count = Available(buffer.Length);
        if (count == 0)
            return 0;
        await file.ReadAsync(_position, buffer[..count], cancellationToken);
        _position += count;
        return count;
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => file.Length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        await file.DisposeAsync();
        await base.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            Task.Run(() => file.DisposeAsync().AsTask()).GetAwaiter().GetResult();
        base.Dispose(disposing);
    }

    private int Available(int wanted) => (int)Math.Max(0, Math.Min(wanted, file.Length - _position));
}
