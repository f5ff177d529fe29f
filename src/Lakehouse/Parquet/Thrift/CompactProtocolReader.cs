using System.Buffers.Binary;
using System.Text;

namespace Lineage.Lakehouse.Parquet.Thrift;

/// <summary>
/// Reads the Thrift compact protocol from memory. Every length and count is checked against the bytes that remain
/// before anything is allocated, and nesting is limited, so damaged or hostile input ends in a
/// <see cref="ThriftFormatException"/> naming the offset rather than in a hang or a huge allocation.
/// </summary>
public sealed class CompactProtocolReader
{
    /// <summary>How deep structs and collections may nest.</summary>
    public const int MaxDepth = 64;

    private readonly ReadOnlyMemory<byte> buffer;
    private readonly long baseOffset;
    private readonly short[] enclosingFieldIds = new short[MaxDepth];
    private int structDepth;
    private short lastFieldId;
    private int pendingBool = NoPendingBool;
    private int position;

    private const int NoPendingBool = -1;

    /// <param name="buffer">The encoded bytes.</param>
    /// <param name="baseOffset">Where <paramref name="buffer"/> starts in its file, so errors name file offsets.</param>
    public CompactProtocolReader(ReadOnlyMemory<byte> buffer, long baseOffset = 0)
    {
        this.buffer = buffer;
        this.baseOffset = baseOffset;
    }

    /// <summary>Bytes consumed so far.</summary>
    public int Position => position;

    public long AbsolutePosition => baseOffset + position;

    public int Remaining => buffer.Length - position;

    public void ReadStructBegin()
    {
        if (structDepth == MaxDepth)
            throw Error($"structs nest deeper than {MaxDepth} levels");
        enclosingFieldIds[structDepth++] = lastFieldId;
        lastFieldId = 0;
    }

    /// <summary>Leaves the struct whose stop field <see cref="ReadFieldBegin"/> returned.</summary>
    public void ReadStructEnd()
    {
        if (structDepth == 0)
            throw new InvalidOperationException("ReadStructEnd without a matching ReadStructBegin.");
        lastFieldId = enclosingFieldIds[--structDepth];
    }

    /// <summary>
    /// Reads the next field header of the current struct; a <see cref="ThriftType.Bool"/> field's value comes
    /// with its header and is returned by the following <see cref="ReadBool"/>.
    /// </summary>
    public ThriftField ReadFieldBegin()
    {
        pendingBool = NoPendingBool;
        var start = AbsolutePosition;
        var header = ReadRawByte();
        if (header == 0)
            return new ThriftField(0, ThriftType.Stop);
        var compactType = header & 0x0F;
        var delta = header >> 4;
        var id = delta == 0 ? ReadI16() : lastFieldId + delta;
        if (id is > short.MaxValue or < short.MinValue)
            throw new ThriftFormatException($"field id {id} is out of range", start);
        ThriftType type;
        switch (compactType)
        {
            case 1 or 2:
                pendingBool = compactType == 1 ? 1 : 0;
                type = ThriftType.Bool;
                break;
            case >= (int)ThriftType.Byte and <= (int)ThriftType.Uuid:
                type = (ThriftType)compactType;
                break;
            default:
                throw new ThriftFormatException($"field {id} has the unknown type {compactType}", start);
        }
        lastFieldId = (short)id;
        return new ThriftField((short)id, type);
    }

    public bool ReadBool()
    {
        if (pendingBool != NoPendingBool)
        {
            var value = pendingBool == 1;
            pendingBool = NoPendingBool;
            return value;
        }
        var start = AbsolutePosition;
        return ReadRawByte() switch
        {
            1 => true,
            0 or 2 => false,
            var other => throw new ThriftFormatException($"{other} is not a boolean", start),
        };
    }

    public sbyte ReadByte() => (sbyte)ReadRawByte();

    public short ReadI16()
    {
        var start = AbsolutePosition;
        var value = ReadI32();
        return value is >= short.MinValue and <= short.MaxValue
            ? (short)value
            : throw new ThriftFormatException($"{value} does not fit a 16-bit integer", start);
    }

    public int ReadI32()
    {
        var start = AbsolutePosition;
        var raw = ReadVarint(5, start);
        if (raw > uint.MaxValue)
            throw new ThriftFormatException("a 32-bit integer takes more than 32 bits", start);
        var zigzag = (uint)raw;
        return (int)(zigzag >> 1) ^ -(int)(zigzag & 1);
    }

    public long ReadI64()
    {
        var zigzag = ReadVarint(10, AbsolutePosition);
        return (long)(zigzag >> 1) ^ -(long)(zigzag & 1);
    }

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(ReadRaw(8));

    /// <summary>A binary value, as a slice of the reader's buffer (no copy).</summary>
    public ReadOnlyMemory<byte> ReadBinary()
    {
        var length = ReadLength("binary value");
        var slice = buffer.Slice(position, length);
        position += length;
        return slice;
    }

    public byte[] ReadBinaryArray() => ReadBinary().ToArray();

    public string ReadString() => Encoding.UTF8.GetString(ReadBinary().Span);

    public ThriftCollection ReadListBegin() => ReadCollectionBegin("list");

    public ThriftCollection ReadSetBegin() => ReadCollectionBegin("set");

    public ThriftMap ReadMapBegin()
    {
        var start = AbsolutePosition;
        var count = ReadCount("map");
        if (count == 0)
            return new ThriftMap(ThriftType.Stop, ThriftType.Stop, 0);
        var types = ReadRawByte();
        var keyType = ElementType(types >> 4, start);
        var valueType = ElementType(types & 0x0F, start);
        if ((long)count * (MinimumLength(keyType) + MinimumLength(valueType)) > Remaining)
            throw new ThriftFormatException($"a map claims {count} entries but only {Remaining} bytes remain", start);
        return new ThriftMap(keyType, valueType, count);
    }

    /// <summary>Reads past a value of the given type, whatever it holds: how unknown fields are ignored.</summary>
    public void Skip(ThriftType type) => Skip(type, structDepth);

    /// <summary>Reads a list of <paramref name="elementType"/> elements, each with <paramref name="readElement"/>.</summary>
    public List<T> ReadList<T>(ThriftType elementType, Func<CompactProtocolReader, T> readElement)
    {
        var start = AbsolutePosition;
        var header = ReadListBegin();
        if (header.Count > 0 && header.ElementType != elementType)
            throw new ThriftFormatException($"expected a list of {elementType}, found a list of {header.ElementType}", start);
        var items = new List<T>(header.Count);
        for (var i = 0; i < header.Count; i++)
            items.Add(readElement(this));
        return items;
    }

    private void Skip(ThriftType type, int depth)
    {
        if (depth >= MaxDepth)
            throw Error($"values nest deeper than {MaxDepth} levels");
        switch (type)
        {
            case ThriftType.Bool:
                ReadBool();
                break;
            case ThriftType.Byte:
                ReadRawByte();
                break;
            case ThriftType.I16 or ThriftType.I32 or ThriftType.I64:
                ReadVarint(10, AbsolutePosition);
                break;
            case ThriftType.Double:
                ReadRaw(8);
                break;
            case ThriftType.Uuid:
                ReadRaw(16);
                break;
            case ThriftType.Binary:
                ReadBinary();
                break;
            case ThriftType.List or ThriftType.Set:
                var collection = ReadCollectionBegin(type == ThriftType.List ? "list" : "set");
                for (var i = 0; i < collection.Count; i++)
                    Skip(collection.ElementType, depth + 1);
                break;
            case ThriftType.Map:
                var map = ReadMapBegin();
                for (var i = 0; i < map.Count; i++)
                {
                    Skip(map.KeyType, depth + 1);
                    Skip(map.ValueType, depth + 1);
                }
                break;
            case ThriftType.Struct:
                ReadStructBegin();
                for (var field = ReadFieldBegin(); !field.IsStop; field = ReadFieldBegin())
                    Skip(field.Type, depth + 1);
                ReadStructEnd();
                break;
            default:
                throw Error($"cannot skip a value of type {type}");
        }
    }

    private ThriftCollection ReadCollectionBegin(string kind)
    {
        var start = AbsolutePosition;
        var header = ReadRawByte();
        var count = header >> 4;
        if (count == 15)
            count = ReadCount(kind);
        if (count == 0)
            return new ThriftCollection(ElementTypeOrStop(header & 0x0F), 0);
        var elementType = ElementType(header & 0x0F, start);
        if ((long)count * MinimumLength(elementType) > Remaining)
            throw new ThriftFormatException($"a {kind} claims {count} elements but only {Remaining} bytes remain", start);
        return new ThriftCollection(elementType, count);
    }

    private static ThriftType ElementTypeOrStop(int compactType) =>
        compactType is >= 1 and <= (int)ThriftType.Uuid ? (compactType == 2 ? ThriftType.Bool : (ThriftType)compactType) : ThriftType.Stop;

    // Both 1 and 2 mean boolean elements: the original protocol said 2, widespread implementations write 1.
    private static ThriftType ElementType(int compactType, long start) => ElementTypeOrStop(compactType) switch
    {
        ThriftType.Stop => throw new ThriftFormatException($"collection elements have the unknown type {compactType}", start),
        var type => type,
    };

    private static int MinimumLength(ThriftType type) => type switch
    {
        ThriftType.Double => 8,
        ThriftType.Uuid => 16,
        _ => 1,
    };

    private int ReadLength(string what)
    {
        var start = AbsolutePosition;
        var length = ReadVarint(5, start);
        if (length > (ulong)Remaining)
            throw new ThriftFormatException($"a {what} claims {length} bytes but only {Remaining} remain", start);
        return (int)length;
    }

    private int ReadCount(string kind)
    {
        var start = AbsolutePosition;
        var count = ReadVarint(5, start);
        if (count > int.MaxValue)
            throw new ThriftFormatException($"a {kind} claims {count} elements", start);
        return (int)count;
    }

    private ulong ReadVarint(int maxBytes, long start)
    {
        ulong value = 0;
        var span = buffer.Span;
        for (var i = 0; i < maxBytes; i++)
        {
            if (position == span.Length)
                throw new ThriftFormatException("the data ends inside a number", start);
            var b = span[position++];
            value |= (ulong)(b & 0x7F) << (7 * i);
            if (b < 0x80)
                return value;
        }
        throw new ThriftFormatException($"a number is longer than {maxBytes} bytes", start);
    }

    private byte ReadRawByte()
    {
        if (position == buffer.Length)
            throw Error("the data ends early");
        return buffer.Span[position++];
    }

    private ReadOnlySpan<byte> ReadRaw(int length)
    {
        if (length > Remaining)
            throw Error($"the data ends early: {length} bytes needed, {Remaining} remain");
        var span = buffer.Span.Slice(position, length);
        position += length;
        return span;
    }

    private ThriftFormatException Error(string message) => new(message, AbsolutePosition);
}
