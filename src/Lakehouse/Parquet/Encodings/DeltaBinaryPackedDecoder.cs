namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// Reads DELTA_BINARY_PACKED INT32 or INT64 values: a header (block size, miniblocks per block, value count,
/// zigzag first value), then blocks of a zigzag minimum delta, one bit width per miniblock and the bit-packed
/// miniblocks. Arithmetic wraps, as the encoding requires. The header and every block are checked against the
/// bytes that remain; nothing is allocated.
/// </summary>
public ref struct DeltaBinaryPackedDecoder
{
    private const int NarrowChunk = 256;

    private readonly ReadOnlySpan<byte> _data;
    private readonly int _valuesPerMiniblock;
    private int _position;
    private int _remaining;
    private bool _firstPending = true;
    private long _last;
    private long _minDelta;
    private int _bitWidthsStart;
    private int _miniblock;
    private int _miniblockStart;
    private int _miniblockLength;
    private int _miniblockWidth;
    private int _miniblockNext;
    private int _miniblockAvailable;

    public DeltaBinaryPackedDecoder(ReadOnlySpan<byte> data)
    {
        _data = data;
        BlockSize = ReadHeaderInt("block size");
        if (BlockSize == 0 || BlockSize % 128 != 0)
            throw new EncodingFormatException($"The delta block size {BlockSize} is not a positive multiple of 128", 0);
        var miniblocksStart = _position;
        MiniblockCount = ReadHeaderInt("miniblock count");
        if (MiniblockCount == 0 || BlockSize % MiniblockCount != 0 || BlockSize / MiniblockCount % 32 != 0)
            throw new EncodingFormatException(
                $"{MiniblockCount} miniblocks do not split a delta block of {BlockSize} values into multiples of 32", miniblocksStart);
        _valuesPerMiniblock = BlockSize / MiniblockCount;
        var countStart = _position;
        ValueCount = ReadHeaderInt("value count");
        _last = Varint.ReadZigZag64(_data, ref _position, "delta first value");
        _remaining = ValueCount;
        _miniblock = MiniblockCount;
        // Every block holds at least a one-byte minimum delta and one bit width per miniblock.
        var blocks = ValueCount <= 1 ? 0 : ((long)ValueCount - 1 + BlockSize - 1) / BlockSize;
        if (blocks * (1 + MiniblockCount) > _data.Length - _position)
            throw new EncodingFormatException(
                $"The delta header announces {ValueCount} values, more than the {_data.Length - _position} bytes that follow can hold", countStart);
    }

    public int BlockSize { get; }

    public int MiniblockCount { get; }

    /// <summary>The number of values the header announces.</summary>
    public int ValueCount { get; }

    /// <summary>Bytes taken so far; once every value is read, the length of the encoded stream.</summary>
    public readonly int BytesConsumed => _position;

    /// <summary>Decodes up to <c>destination.Length</c> values; returns how many (fewer only at the end of the values).</summary>
    public int Read(scoped Span<long> destination)
    {
        var count = Math.Min(destination.Length, _remaining);
        var produced = 0;
        if (count > 0 && _firstPending)
        {
            destination[0] = _last;
            _firstPending = false;
            produced = 1;
        }
        while (produced < count)
        {
            if (_miniblockAvailable == 0)
                NextMiniblock();
            var take = Math.Min(_miniblockAvailable, count - produced);
            var target = destination.Slice(produced, take);
            BitPacking.Unpack(_data.Slice(_miniblockStart, _miniblockLength), _miniblockWidth, target, _miniblockNext);
            var last = (ulong)_last;
            var minDelta = (ulong)_minDelta;
            for (var i = 0; i < target.Length; i++)
            {
                last += minDelta + (ulong)target[i];
                target[i] = (long)last;
            }
            _last = (long)last;
            _miniblockNext += take;
            _miniblockAvailable -= take;
            produced += take;
        }
        _remaining -= count;
        return count;
    }

    /// <summary>INT32 values: the 64-bit result of the wrapping arithmetic, truncated to 32 bits.</summary>
    public int Read(scoped Span<int> destination)
    {
        Span<long> wide = stackalloc long[NarrowChunk];
        var produced = 0;
        while (produced < destination.Length)
        {
            var read = Read(wide[..Math.Min(NarrowChunk, destination.Length - produced)]);
            if (read == 0)
                break;
            for (var i = 0; i < read; i++)
                destination[produced + i] = (int)wide[i];
            produced += read;
        }
        return produced;
    }

    /// <summary>Decodes exactly <c>destination.Length</c> values; returns the bytes they took.</summary>
    public static int Decode(ReadOnlySpan<byte> data, Span<long> destination)
    {
        var decoder = new DeltaBinaryPackedDecoder(data);
        decoder.CheckHolds(destination.Length);
        decoder.Read(destination);
        return decoder.BytesConsumed;
    }

    /// <inheritdoc cref="Decode(ReadOnlySpan{byte}, Span{long})"/>
    public static int Decode(ReadOnlySpan<byte> data, Span<int> destination)
    {
        var decoder = new DeltaBinaryPackedDecoder(data);
        decoder.CheckHolds(destination.Length);
        decoder.Read(destination);
        return decoder.BytesConsumed;
    }

    internal readonly void CheckHolds(int count)
    {
        if (ValueCount < count)
            throw new EncodingFormatException($"The delta-encoded data holds {ValueCount} values where {count} were expected", 0);
    }

    private int ReadHeaderInt(string what)
    {
        var start = _position;
        var value = Varint.ReadUInt32(_data, ref _position, $"delta {what}");
        if (value > int.MaxValue)
            throw new EncodingFormatException($"The delta {what} {value} is too large", start);
        return (int)value;
    }

    private void NextMiniblock()
    {
        if (++_miniblock >= MiniblockCount)
            NextBlock();
        var width = _data[_bitWidthsStart + _miniblock];
        if (width > 64)
            throw new EncodingFormatException($"Delta miniblock {_miniblock} has bit width {width}; at most 64 is allowed", _bitWidthsStart + _miniblock);
        var length = _valuesPerMiniblock / 8 * width;
        if (length > _data.Length - _position)
            throw new EncodingFormatException(
                $"A delta miniblock of {_valuesPerMiniblock} values of {width} bits needs {length} bytes but only {_data.Length - _position} remain", _position);
        _miniblockWidth = width;
        _miniblockStart = _position;
        _miniblockLength = length;
        _miniblockNext = 0;
        _miniblockAvailable = _valuesPerMiniblock;
        _position += length;
    }

    private void NextBlock()
    {
        _minDelta = Varint.ReadZigZag64(_data, ref _position, "delta block minimum");
        if (MiniblockCount > _data.Length - _position)
            throw new EncodingFormatException(
                $"A delta block needs {MiniblockCount} bit widths but only {_data.Length - _position} bytes remain", _position);
        _bitWidthsStart = _position;
        _position += MiniblockCount;
        _miniblock = 0;
    }
}
