namespace Lineage.Lakehouse.Iceberg.AvroFiles;

/// <summary>
/// Reads Avro's binary encoding from bytes in memory, refusing every length or count larger than the bytes left
/// with an <see cref="InvalidDataException"/> — so that nothing sized by the data is ever allocated unchecked.
/// </summary>
internal ref struct AvroCursor(ReadOnlySpan<byte> data)
{
    private const int MaxVarIntBytes = 10;

    private readonly ReadOnlySpan<byte> _data = data;

    public int Position { get; private set; }

    public readonly int Remaining => _data.Length - Position;

    public readonly bool AtEnd => Remaining == 0;

    public byte ReadByte()
    {
        if (AtEnd)
            throw Error($"the data ends at byte {Position}, before a value does");
        return _data[Position++];
    }

    /// <summary>A zig-zag variable-length long of at most 10 bytes.</summary>
    public long ReadLong()
    {
        var start = Position;
        ulong value = 0;
        for (var i = 0; i < MaxVarIntBytes; i++)
        {
            var b = ReadByte();
            value |= (ulong)(b & 0x7F) << (7 * i);
            if (b < 0x80)
            {
                if (i == MaxVarIntBytes - 1 && b > 1)
                    throw Error($"the variable-length integer at byte {start} exceeds 64 bits");
                return (long)(value >> 1) ^ -(long)(value & 1);
            }
        }
        throw Error($"the variable-length integer at byte {start} is longer than {MaxVarIntBytes} bytes");
    }

    public int ReadInt()
    {
        var start = Position;
        var value = ReadLong();
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw Error($"the int at byte {start} is out of range: {value}");
    }

    /// <summary>The length of a string, bytes value or block: between 0 and the bytes left.</summary>
    public int ReadLength()
    {
        var start = Position;
        var length = ReadLong();
        return length >= 0 && length <= Remaining
            ? (int)length
            : throw Error($"the length {length} at byte {start} exceeds the {Remaining} bytes left");
    }

    /// <summary>
    /// The item count of an array or map block (a negative count is followed by the block's byte size). A count
    /// beyond the bytes left is refused: every item of the schemas we read takes at least one byte.
    /// </summary>
    public long ReadBlockCount()
    {
        var start = Position;
        var count = ReadLong();
        if (count < 0)
        {
            ReadLength();
            count = count == long.MinValue ? long.MaxValue : -count;
        }
        return count <= Remaining ? count : throw Error($"the count of {count} items at byte {start} exceeds the {Remaining} bytes left");
    }

    public ReadOnlySpan<byte> Take(int length)
    {
        if (length < 0 || length > Remaining)
            throw Error($"{length} bytes are needed at byte {Position}; {Remaining} are left");
        var taken = _data.Slice(Position, length);
        Position += length;
        return taken;
    }

    public readonly InvalidDataException Error(string problem) => new(problem);
}
