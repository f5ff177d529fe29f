using System.Buffers;

namespace Lineage.Lakehouse.Parquet.Guards;

/// <summary>
/// The stream Parquet.Net reads a file through. Before a column chunk is decoded, its bytes are fetched in one
/// asynchronous read (one ranged GET on S3) and its page headers are checked; Parquet.Net then reads the page
/// headers byte by byte with synchronous reads, which this serves from memory. Without it each of those bytes would
/// be a read of the file, and a synchronous wait on an asynchronous read deadlocks under a single-threaded
/// synchronization context (a Blazor render). Reads outside the fetched chunk go to the file. Each decoding lane of a
/// reader has its own; they share the file.
/// </summary>
internal sealed class ChunkPrefetchStream(SharedSource file) : ReadOnlySeekableStream
{
    /// <summary>Chunks larger than this are not held in memory; they are read through the file.</summary>
    public const int MaxPrefetchBytes = 256 * 1024 * 1024;

    private byte[]? _chunk;
    private long _chunkStart;
    private int _chunkLength;

    public override long Length => file.Length;

    /// <summary>Fetches <paramref name="length"/> bytes at <paramref name="offset"/>; returns them, or null when too large to hold.</summary>
    public async Task<ReadOnlyMemory<byte>?> PrefetchAsync(long offset, long length, CancellationToken cancellationToken)
    {
        Release();
        if (length > MaxPrefetchBytes || offset < 0 || offset + length > file.Length)
            return null;
        var chunk = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            await file.ReadExactlyAsync(offset, chunk.AsMemory(0, (int)length), cancellationToken);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(chunk);
            throw;
        }
        (_chunk, _chunkStart, _chunkLength) = (chunk, offset, (int)length);
        return chunk.AsMemory(0, (int)length);
    }

    public override int Read(Span<byte> buffer)
    {
        if (TryFromChunk(buffer.Length, out var start, out var count))
        {
            _chunk.AsSpan(start, count).CopyTo(buffer);
            Position += count;
            return count;
        }
        var read = file.Read(Position, buffer);
        Position += read;
        return read;
    }

    public override int ReadByte()
    {
        if (_chunk is not null && Position >= _chunkStart && Position < _chunkStart + _chunkLength)
            return _chunk[Position++ - _chunkStart];
        return base.ReadByte();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (TryFromChunk(buffer.Length, out var start, out var count))
        {
            _chunk.AsSpan(start, count).CopyTo(buffer.Span);
            Position += count;
            return count;
        }
        var read = await file.ReadAsync(Position, buffer, cancellationToken);
        Position += read;
        return read;
    }

    /// <summary>The fetched chunk goes back to the pool; the file is the reader's to close.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
            Release();
        base.Dispose(disposing);
    }

    /// <summary>The bytes at the position from the fetched chunk, when it holds all that is asked (or all the file has).</summary>
    private bool TryFromChunk(int wanted, out int start, out int count)
    {
        (start, count) = (0, 0);
        if (_chunk is null || Position < _chunkStart || Position >= _chunkStart + _chunkLength)
            return false;
        var available = (int)(_chunkStart + _chunkLength - Position);
        if (available < wanted && _chunkStart + _chunkLength < file.Length)
            return false;
        (start, count) = ((int)(Position - _chunkStart), Math.Min(available, wanted));
        return true;
    }

    private void Release()
    {
        if (_chunk is not null)
            ArrayPool<byte>.Shared.Return(_chunk);
        _chunk = null;
    }
}
