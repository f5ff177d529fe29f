using System.Buffers.Binary;
using System.Buffers;
using System.Text;

namespace Lineage.Lakehouse.Parquet.Thrift;

/// <summary>Writes the Thrift compact protocol to an <see cref="IBufferWriter{T}"/>.</summary>
public sealed class CompactProtocolWriter(IBufferWriter<byte> output)
{
    private const int MaxVarintLength = 10;
    private const int NoPendingField = int.MinValue;

    private readonly Stack<short> enclosingFieldIds = new();
    private short lastFieldId;
    private int pendingBoolFieldId = NoPendingField;

    public void WriteStructBegin()
    {
        enclosingFieldIds.Push(lastFieldId);
        lastFieldId = 0;
    }

    /// <summary>Writes the stop field that closes the struct and returns to the enclosing one.</summary>
    public void WriteStructEnd()
    {
        if (enclosingFieldIds.Count == 0)
            throw new InvalidOperationException("WriteStructEnd without a matching WriteStructBegin.");
        WriteRawByte(0);
        lastFieldId = enclosingFieldIds.Pop();
    }

    /// <summary>
    /// Writes a field header; for <see cref="ThriftType.Bool"/> the header waits for the value, which the
    /// following <see cref="WriteBool"/> folds into it.
    /// </summary>
    public void WriteFieldBegin(short id, ThriftType type)
    {
        if (type == ThriftType.Stop)
            throw new ArgumentException("A field cannot have the type Stop; WriteStructEnd writes the stop field.", nameof(type));
        if (type == ThriftType.Bool)
            pendingBoolFieldId = id;
        else
            WriteFieldHeader(id, (byte)type);
    }

    public void WriteBool(bool value)
    {
        if (pendingBoolFieldId != NoPendingField)
        {
            var id = (short)pendingBoolFieldId;
            pendingBoolFieldId = NoPendingField;
            WriteFieldHeader(id, value ? (byte)1 : (byte)2);
        }
        else
        {
            WriteRawByte(value ? (byte)1 : (byte)2);
        }
    }

    public void WriteByte(sbyte value) => WriteRawByte((byte)value);

    public void WriteI16(short value) => WriteI32(value);

    public void WriteI32(int value) => WriteVarint((uint)((value << 1) ^ (value >> 31)));

    public void WriteI64(long value) => WriteVarint((ulong)((value << 1) ^ (value >> 63)));

    public void WriteDouble(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(output.GetSpan(8), value);
        output.Advance(8);
    }

    public void WriteBinary(ReadOnlySpan<byte> value)
    {
        WriteVarint((uint)value.Length);
        output.Write(value);
    }

    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteVarint((uint)length);
        var span = output.GetSpan(length);
        Encoding.UTF8.GetBytes(value, span);
        output.Advance(length);
    }

    public void WriteListBegin(ThriftType elementType, int count) => WriteCollectionBegin(elementType, count);

    public void WriteSetBegin(ThriftType elementType, int count) => WriteCollectionBegin(elementType, count);

    public void WriteMapBegin(ThriftType keyType, ThriftType valueType, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        WriteVarint((uint)count);
        if (count > 0)
            WriteRawByte((byte)(((byte)keyType << 4) | (byte)valueType));
    }

    public void WriteBoolField(short id, bool value)
    {
        WriteFieldBegin(id, ThriftType.Bool);
        WriteBool(value);
    }

    public void WriteByteField(short id, sbyte value)
    {
        WriteFieldBegin(id, ThriftType.Byte);
        WriteByte(value);
    }

    public void WriteI16Field(short id, short value)
    {
        WriteFieldBegin(id, ThriftType.I16);
        WriteI16(value);
    }

    public void WriteI32Field(short id, int value)
    {
        WriteFieldBegin(id, ThriftType.I32);
        WriteI32(value);
    }

    public void WriteI64Field(short id, long value)
    {
        WriteFieldBegin(id, ThriftType.I64);
        WriteI64(value);
    }

    public void WriteDoubleField(short id, double value)
    {
        WriteFieldBegin(id, ThriftType.Double);
        WriteDouble(value);
    }

    public void WriteBinaryField(short id, ReadOnlySpan<byte> value)
    {
        WriteFieldBegin(id, ThriftType.Binary);
        WriteBinary(value);
    }

    public void WriteStringField(short id, string value)
    {
        WriteFieldBegin(id, ThriftType.Binary);
        WriteString(value);
    }

    /// <summary>Writes a list field of <paramref name="elementType"/> elements, each with <paramref name="writeElement"/>.</summary>
    public void WriteListField<T>(short id, ThriftType elementType, IReadOnlyList<T> items, Action<CompactProtocolWriter, T> writeElement)
    {
        WriteFieldBegin(id, ThriftType.List);
        WriteListBegin(elementType, items.Count);
        foreach (var item in items)
            writeElement(this, item);
    }

    private void WriteCollectionBegin(ThriftType elementType, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        // Booleans are announced as 1, as the widespread implementations do; readers accept 1 and 2.
        var type = (byte)elementType;
        if (count < 15)
        {
            WriteRawByte((byte)((count << 4) | type));
        }
        else
        {
            WriteRawByte((byte)(0xF0 | type));
            WriteVarint((uint)count);
        }
    }

    private void WriteFieldHeader(short id, byte compactType)
    {
        var delta = id - lastFieldId;
        if (delta is > 0 and <= 15)
        {
            WriteRawByte((byte)((delta << 4) | compactType));
        }
        else
        {
            WriteRawByte(compactType);
            WriteI16(id);
        }
        lastFieldId = id;
    }

    private void WriteVarint(ulong value)
    {
        var span = output.GetSpan(MaxVarintLength);
        var length = 0;
        while (value >= 0x80)
        {
            span[length++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[length++] = (byte)value;
        output.Advance(length);
    }

    private void WriteRawByte(byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }
}
