using System.Buffers.Binary;
using System.Text;

namespace Lineage.Lakehouse.Avro.Binary;

/// <summary>
/// Reads Avro's binary encoding from a buffer. Every length is checked against the bytes that remain, and every
/// problem is an <see cref="AvroFormatException"/> whose offset is <c>baseOffset</c> plus the position in the buffer.
/// </summary>
public sealed class AvroBinaryReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlyMemory<byte> _data;
    private readonly long _baseOffset;
    private readonly string _context;

    /// <param name="data">The encoded bytes.</param>
    /// <param name="baseOffset">The offset of <paramref name="data"/> in its file, for error messages.</param>
    /// <param name="context">Where the bytes come from, appended to error messages (e.g. "in block 3").</param>
    public AvroBinaryReader(ReadOnlyMemory<byte> data, long baseOffset = 0, string context = "")
    {
        _data = data;
        _baseOffset = baseOffset;
        _context = context;
    }

    public int Position { get; private set; }

    public int Remaining => _data.Length - Position;

    public bool IsAtEnd => Position == _data.Length;

    public bool ReadBoolean()
    {
        var value = ReadByte();
        return value switch
        {
            0 => false,
            1 => true,
            _ => throw Error($"a boolean is 0 or 1, not {value}", Position - 1),
        };
    }

    public int ReadInt()
    {
        var start = Position;
        var value = ReadLong();
        if (value is < int.MinValue or > int.MaxValue)
            throw Error($"the value {value} does not fit an int", start);
        return (int)value;
    }

    public long ReadLong()
    {
        var start = Position;
        var span = _data.Span;
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (Position >= span.Length)
                throw Error("the data ends inside a variable-length integer", start);
            ulong b = span[Position++];
            if (shift == 63 && b > 1)
                throw Error("a variable-length integer overflows 64 bits", start);
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
                return (long)(result >> 1) ^ -(long)(result & 1);
        }
        throw Error("a variable-length integer is longer than 10 bytes", start);
    }

    public float ReadFloat() => BinaryPrimitives.ReadSingleLittleEndian(Take(4, "float"));

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8, "double"));

    /// <summary>A length-prefixed byte sequence, copied.</summary>
    public byte[] ReadBytes() => ReadLengthPrefixed("bytes").ToArray();

    /// <summary>A length-prefixed UTF-8 string; invalid UTF-8 is an error.</summary>
    public string ReadString()
    {
        var start = Position;
        var bytes = ReadLengthPrefixed("string");
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw Error("a string is not valid UTF-8", start);
        }
    }

    /// <summary>Exactly <paramref name="size"/> bytes, copied.</summary>
    public byte[] ReadFixed(int size) => Take(size, "fixed").ToArray();

    /// <summary>Exactly <paramref name="size"/> bytes, without copying.</summary>
    public ReadOnlySpan<byte> ReadSpan(int size) => Take(size, "fixed");

    /// <summary>A union branch or enum symbol position, checked to be below <paramref name="count"/>.</summary>
    public int ReadIndex(int count, string what)
    {
        var start = Position;
        var index = ReadLong();
        if (index < 0 || index >= count)
            throw Error($"{what} {index} is out of range (there are {count})", start);
        return (int)index;
    }

    /// <summary>
    /// The header of an array or map block: its item count (0 ends the array or map). A negative count is followed
    /// by the block's size in bytes, returned in <paramref name="byteSize"/> (-1 when absent) and checked to fit.
    /// </summary>
    public long ReadBlockCount(out long byteSize)
    {
        var start = Position;
        var count = ReadLong();
        byteSize = -1;
        if (count >= 0)
            return count;
        if (count == long.MinValue)
            throw Error("a block count is out of range", start);
        var sizeStart = Position;
        byteSize = ReadLong();
        if (byteSize < 0 || byteSize > Remaining)
            throw Error($"a block claims {byteSize} bytes but {Remaining} remain", sizeStart);
        return -count;
    }

    /// <summary>An error at <paramref name="position"/> in this buffer (the current position by default).</summary>
    public AvroFormatException Error(string message, int? position = null) =>
        new(_context.Length == 0 ? message : $"{message} {_context}", _baseOffset + (position ?? Position));

    private byte ReadByte()
    {
        if (Position >= _data.Length)
            throw Error("the data ends where a byte was expected");
        return _data.Span[Position++];
    }

    private ReadOnlySpan<byte> ReadLengthPrefixed(string what)
    {
        var start = Position;
        var length = ReadLong();
        if (length < 0 || length > Remaining)
            throw Error($"a {what} value of {length} bytes does not fit in the {Remaining} bytes that remain", start);
        return Take((int)length, what);
    }

    private ReadOnlySpan<byte> Take(int size, string what)
    {
        if (size > Remaining)
            throw Error($"a {what} of {size} bytes does not fit in the {Remaining} bytes that remain");
        var span = _data.Span.Slice(Position, size);
        Position += size;
        return span;
    }
}
