namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// Variable-length byte values (BYTE_ARRAY, FIXED_LEN_BYTE_ARRAY) stored back to back in one growable byte array,
/// with an offsets array, so that adding or reading a value allocates nothing. Cleared buffers keep their capacity.
/// </summary>
public sealed class ByteArrayBuffer
{
    private byte[] _bytes;
    // _offsets[i] is where value i starts; _offsets[Count] is where the next value will start.
    private int[] _offsets;

    public ByteArrayBuffer(int valueCapacity = 16, int byteCapacity = 256)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(valueCapacity);
        ArgumentOutOfRangeException.ThrowIfNegative(byteCapacity);
        _bytes = new byte[byteCapacity];
        _offsets = new int[valueCapacity + 1];
    }

    public int Count { get; private set; }

    /// <summary>Sum of the lengths of all values.</summary>
    public int TotalBytes => _offsets[Count];

    public ReadOnlySpan<byte> this[int index]
    {
        get
        {
            var start = _offsets[CheckIndex(index)];
            return _bytes.AsSpan(start, _offsets[index + 1] - start);
        }
    }

    /// <summary>The bytes of every value, concatenated.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, TotalBytes);

    /// <summary>Where each value starts in <see cref="Bytes"/>, plus one last entry equal to <see cref="TotalBytes"/>.</summary>
    public ReadOnlySpan<int> Offsets => _offsets.AsSpan(0, Count + 1);

    public ReadOnlyMemory<byte> GetMemory(int index)
    {
        var start = _offsets[CheckIndex(index)];
        return _bytes.AsMemory(start, _offsets[index + 1] - start);
    }

    public int LengthOf(int index) => _offsets[CheckIndex(index) + 1] - _offsets[index];

    public void Add(ReadOnlySpan<byte> value) => value.CopyTo(Allocate(value.Length));

    /// <summary>Adds a value of <paramref name="length"/> bytes and returns them to be filled in.</summary>
    public Span<byte> Allocate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var start = TotalBytes;
        EnsureCapacity(Count + 1, (long)start + length);
        _offsets[++Count] = start + length;
        return _bytes.AsSpan(start, length);
    }

    /// <summary>Adds <c>concatenated.Length / width</c> values of <paramref name="width"/> bytes each.</summary>
    public void AddFixedLength(ReadOnlySpan<byte> concatenated, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        if (concatenated.Length % width != 0)
            throw new ArgumentException($"{concatenated.Length} bytes are not a whole number of {width}-byte values.", nameof(concatenated));
        concatenated.CopyTo(AllocateFixedLength(concatenated.Length / width, width));
    }

    /// <summary>Adds <paramref name="count"/> values of <paramref name="width"/> bytes and returns their bytes, back to back, to be filled in.</summary>
    public Span<byte> AllocateFixedLength(int count, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        var start = TotalBytes;
        var length = (long)count * width;
        EnsureCapacity(Count + count, start + length);
        for (var i = 1; i <= count; i++)
            _offsets[Count + i] = start + i * width;
        Count += count;
        return _bytes.AsSpan(start, (int)length);
    }

    public void Clear() => Count = 0;

    /// <summary>Keeps the first <paramref name="count"/> values.</summary>
    public void Truncate(int count) => Count = Math.Min(Count, Math.Max(count, 0));

    public void EnsureCapacity(int valueCount, long byteCount)
    {
        if (byteCount > Array.MaxLength)
            throw new InvalidOperationException($"A byte array buffer holds at most {Array.MaxLength} bytes; {byteCount} were asked for.");
        if (valueCount + 1 > _offsets.Length)
            Array.Resize(ref _offsets, (int)Math.Clamp(2L * _offsets.Length, valueCount + 1L, Array.MaxLength));
        if (byteCount > _bytes.Length)
            Array.Resize(ref _bytes, (int)Math.Clamp(2L * _bytes.Length, byteCount, Array.MaxLength));
    }

    /// <summary>
    /// Room for the lengths of <paramref name="count"/> values about to be added, to be filled in and then turned
    /// into values with <see cref="CommitLengths"/>. Lets decoders avoid a separate lengths array.
    /// </summary>
    internal Span<int> ReserveLengths(int count)
    {
        EnsureCapacity(Count + count, TotalBytes);
        return _offsets.AsSpan(Count + 1, count);
    }

    /// <summary>
    /// Adds the <paramref name="count"/> values whose lengths were written into <see cref="ReserveLengths"/>, taking
    /// their bytes from the start of <paramref name="source"/>; returns how many bytes they took.
    /// </summary>
    internal int CommitLengths(int count, ReadOnlySpan<byte> source, int sourceOffset)
    {
        var start = TotalBytes;
        long end = start;
        var lengths = _offsets.AsSpan(Count + 1, count);
        for (var i = 0; i < lengths.Length; i++)
        {
            var length = lengths[i];
            if (length < 0)
                throw new EncodingFormatException($"Byte array value {i} has a negative length ({length})", sourceOffset);
            end += length;
            if (end - start > source.Length)
                throw new EncodingFormatException(
                    $"Byte array values need {end - start} bytes after their lengths but only {source.Length} remain", sourceOffset);
            lengths[i] = (int)end;
        }
        var total = (int)(end - start);
        EnsureCapacity(Count + count, end);
        source[..total].CopyTo(_bytes.AsSpan(start));
        Count += count;
        return total;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int CheckIndex(int index)
    {
        if ((uint)index >= (uint)Count)
            ThrowOutOfRange(index);
        return index;
    }

    private void ThrowOutOfRange(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, $"The buffer holds {Count} values.");
}
