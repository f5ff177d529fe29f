namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// Reads the RLE/bit-packed hybrid encoding (without its length prefix) of values of 0 to 32 bits. Every run
/// header is checked against the bytes that remain, so truncated or inconsistent data raises
/// <see cref="EncodingFormatException"/> instead of reading past the data, allocating or looping.
/// </summary>
public ref struct RleBitPackedHybridDecoder
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _bitWidth;
    private readonly uint _maxValue;
    private int _position;
    private long _runRemaining;
    private bool _runIsPacked;
    private int _repeatedValue;
    private int _packedStart;
    private int _packedLength;
    private long _packedNext;

    public RleBitPackedHybridDecoder(ReadOnlySpan<byte> data, int bitWidth)
    {
        if ((uint)bitWidth > 32)
            throw new EncodingFormatException($"Bit width {bitWidth} is out of range: the RLE/bit-packed hybrid takes 0 to 32", 0);
        _data = data;
        _bitWidth = bitWidth;
        _maxValue = (uint)BitPacking.Mask(bitWidth);
    }

    /// <summary>Bytes of the data taken by the runs read so far (whole runs, even when partly consumed).</summary>
    public readonly int BytesConsumed => _position;

    /// <summary>
    /// Decodes values into <paramref name="destination"/> and returns how many it produced: fewer than asked only
    /// when the data ends.
    /// </summary>
    public int Read(scoped Span<int> destination)
    {
        var produced = 0;
        while (produced < destination.Length)
        {
            if (_runRemaining == 0)
            {
                if (_position >= _data.Length)
                    break;
                ReadRunHeader();
                continue;
            }
            var count = (int)Math.Min(_runRemaining, destination.Length - produced);
            var target = destination.Slice(produced, count);
            if (_runIsPacked)
            {
                BitPacking.Unpack(_data.Slice(_packedStart, _packedLength), _bitWidth, target, _packedNext);
                _packedNext += count;
            }
            else
            {
                target.Fill(_repeatedValue);
            }
            _runRemaining -= count;
            produced += count;
        }
        return produced;
    }

    /// <summary>Fills <paramref name="destination"/> completely or raises <see cref="EncodingFormatException"/>.</summary>
    public void ReadExactly(scoped Span<int> destination)
    {
        var produced = Read(destination);
        if (produced < destination.Length)
            throw new EncodingFormatException(
                $"The RLE/bit-packed data holds {produced} values where {destination.Length} were expected", _position);
    }

    /// <summary>Decodes exactly <c>destination.Length</c> values; returns the bytes taken by the runs read.</summary>
    public static int Decode(ReadOnlySpan<byte> data, int bitWidth, Span<int> destination)
    {
        var decoder = new RleBitPackedHybridDecoder(data, bitWidth);
        decoder.ReadExactly(destination);
        return decoder.BytesConsumed;
    }

    private void ReadRunHeader()
    {
        var headerStart = _position;
        var header = Varint.ReadUInt32(_data, ref _position, "RLE/bit-packed run header");
        var remaining = _data.Length - _position;
        if ((header & 1) == 1)
        {
            long groups = header >> 1;
            var length = groups * _bitWidth;
            if (length > remaining)
                throw new EncodingFormatException(
                    $"A bit-packed run of {groups * 8} values of {_bitWidth} bits needs {length} bytes but only {remaining} remain", headerStart);
            _runIsPacked = true;
            _packedStart = _position;
            _packedLength = (int)length;
            _packedNext = 0;
            _runRemaining = groups * 8;
            _position += _packedLength;
        }
        else
        {
            var valueBytes = (_bitWidth + 7) / 8;
            if (valueBytes > remaining)
                throw new EncodingFormatException(
                    $"An RLE run needs a {valueBytes}-byte value but only {remaining} bytes remain", headerStart);
            uint value = 0;
            for (var k = 0; k < valueBytes; k++)
                value |= (uint)_data[_position + k] << (8 * k);
            if (value > _maxValue)
                throw new EncodingFormatException($"An RLE run repeats {value}, which does not fit in {_bitWidth} bits", _position);
            _position += valueBytes;
            _runIsPacked = false;
            _repeatedValue = (int)value;
            _runRemaining = header >> 1;
        }
    }
}
