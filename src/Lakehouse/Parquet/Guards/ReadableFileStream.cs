using Lineage.Lakehouse.IO;

namespace Lineage.Lakehouse.Parquet.Guards;

/// <summary>A read-only, seekable stream over a ranged file (local or S3), for readers that take streams.</summary>
internal sealed class ReadableFileStream(IReadableFile file) : ReadOnlySeekableStream
{
    public override long Length => file.Length;

    public override int Read(Span<byte> buffer)
    {
        var rented = new byte[Available(buffer.Length)];
        // Off the caller's synchronization context: waiting on it from a single-threaded one would deadlock.
        var read = Task.Run(() => ReadAsync(rented).AsTask()).GetAwaiter().GetResult();
        rented.AsSpan(0, read).CopyTo(buffer);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var count = Available(buffer.Length);
        if (count == 0)
            return 0;
        await file.ReadAsync(Position, buffer[..count], cancellationToken);
        Position += count;
        return count;
    }

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

    private int Available(int wanted) => (int)Math.Max(0, Math.Min(wanted, file.Length - Position));
}
