using System.Buffers;

namespace Lineage.Lakehouse.Buffers;

/// <summary>A growable <see cref="IBufferWriter{T}"/> over pooled arrays, for encodings that must know a length before writing it.</summary>
internal sealed class PooledBufferWriter(int initialCapacity = 256) : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

    public int WrittenCount { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, WrittenCount);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, WrittenCount);

    public void Advance(int count)
    {
        if ((uint)count > (uint)(_buffer.Length - WrittenCount))
            throw new ArgumentOutOfRangeException(nameof(count), count, "Advanced past the span handed out.");
        WrittenCount += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Grow(sizeHint);
        return _buffer.AsMemory(WrittenCount);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Grow(sizeHint);
        return _buffer.AsSpan(WrittenCount);
    }

    /// <summary>Keeps the first <paramref name="length"/> bytes written.</summary>
    public void Truncate(int length)
    {
        if ((uint)length > (uint)WrittenCount)
            throw new ArgumentOutOfRangeException(nameof(length), length, "Cannot truncate past what was written.");
        WrittenCount = length;
    }

    /// <summary>Forgets what was written, keeping the buffer.</summary>
    public void Reset() => WrittenCount = 0;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Grow(int sizeHint)
    {
        var needed = (long)WrittenCount + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length)
            return;
        if (needed > Array.MaxLength)
            throw new InvalidOperationException($"Encoded data would exceed {Array.MaxLength} bytes.");
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(needed, 2L * _buffer.Length), Array.MaxLength));
        WrittenSpan.CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
