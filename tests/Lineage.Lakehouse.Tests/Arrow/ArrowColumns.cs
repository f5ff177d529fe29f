using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using Apache.Arrow;
using Apache.Arrow.Types;
using ListType = Apache.Arrow.Types.ListType;
using StructType = Apache.Arrow.Types.StructType;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Values;

namespace Lineage.Lakehouse.Tests.Arrow;

/// <summary>
/// Test batches from plain .NET values: Iceberg's canonical forms (or anything <see cref="IcebergValue.Normalize"/>
/// takes), lists as <see cref="System.Collections.IList"/>, structs as dictionaries by field name, null anywhere.
/// </summary>
public static class ArrowColumns
{
    private static readonly int EpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    public static RecordBatch Batch(Schema schema, IEnumerable<object?[]> rows)
    {
        var list = rows.ToList();
        var columns = schema.FieldsList.Select((field, c) => Array(field.DataType, list.Select(r => r[c]).ToList())).ToList();
        return new RecordBatch(schema, columns, list.Count);
    }

    public static IArrowArray Array(IArrowType type, IReadOnlyList<object?> values) => ArrowArrayFactory.BuildArray(Data(type, values));

    private static ArrayData Data(IArrowType type, IReadOnlyList<object?> values)
    {
        var validity = new byte[(values.Count + 7) / 8];
        var nulls = 0;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null)
                nulls++;
            else
                validity[i >> 3] |= (byte)(1 << (i & 7));
        }
        var bitmap = new ArrowBuffer(validity);
        switch (type)
        {
            case ListType list:
                var offsets = new int[values.Count + 1];
                var elements = new List<object?>();
                for (var i = 0; i < values.Count; i++)
                {
                    if (values[i] is System.Collections.IEnumerable items and not string)
                        elements.AddRange(items.Cast<object?>());
                    offsets[i + 1] = elements.Count;
                }
                return new ArrayData(type, values.Count, nulls, 0, [bitmap, Bytes(offsets)], [Data(list.ValueDataType, elements)]);
            case StructType @struct:
                var children = @struct.Fields.Select(f => Data(f.DataType,
                    values.Select(v => v is IReadOnlyDictionary<string, object?> d ? d.GetValueOrDefault(f.Name) : null).ToList())).ToArray();
                return new ArrayData(type, values.Count, nulls, 0, [bitmap], children);
            case BooleanType:
                var bits = new byte[(values.Count + 7) / 8];
                for (var i = 0; i < values.Count; i++)
                {
                    if (values[i] is true)
                        bits[i >> 3] |= (byte)(1 << (i & 7));
                }
                return new ArrayData(type, values.Count, nulls, 0, [bitmap, new ArrowBuffer(bits)]);
            case StringType or BinaryType:
                var starts = new int[values.Count + 1];
                var data = new List<byte>();
                for (var i = 0; i < values.Count; i++)
                {
                    if (values[i] is { } value)
                        data.AddRange(value is string s ? Encoding.UTF8.GetBytes(s) : (byte[])value);
                    starts[i + 1] = data.Count;
                }
                return new ArrayData(type, values.Count, nulls, 0, [bitmap, Bytes(starts), new ArrowBuffer(data.ToArray())]);
            default:
                var width = ((FixedWidthType)type).BitWidth / 8;
                var buffer = new byte[values.Count * width];
                for (var i = 0; i < values.Count; i++)
                {
                    if (values[i] is { } value)
                        Write(type, value, buffer.AsSpan(i * width, width));
                }
                return new ArrayData(type, values.Count, nulls, 0, [bitmap, new ArrowBuffer(buffer)]);
        }
    }

    private static void Write(IArrowType type, object value, Span<byte> target)
    {
        switch (type)
        {
            case Int8Type: target[0] = (byte)System.Convert.ToSByte(value); break;
            case Int16Type: BinaryPrimitives.WriteInt16LittleEndian(target, System.Convert.ToInt16(value)); break;
            case Int32Type: BinaryPrimitives.WriteInt32LittleEndian(target, System.Convert.ToInt32(value)); break;
            case Int64Type: BinaryPrimitives.WriteInt64LittleEndian(target, System.Convert.ToInt64(value)); break;
            case FloatType: BinaryPrimitives.WriteSingleLittleEndian(target, System.Convert.ToSingle(value)); break;
            case DoubleType: BinaryPrimitives.WriteDoubleLittleEndian(target, System.Convert.ToDouble(value)); break;
            case Date32Type: BinaryPrimitives.WriteInt32LittleEndian(target, ((DateOnly)IcebergValue.Normalize(IcebergType.Date, value)).DayNumber - EpochDayNumber); break;
            case TimestampType t: BinaryPrimitives.WriteInt64LittleEndian(target, (long)IcebergValue.Normalize(string.IsNullOrEmpty(t.Timezone) ? IcebergType.Timestamp : IcebergType.TimestampTz, value)); break;
            case Time64Type: BinaryPrimitives.WriteInt64LittleEndian(target, (long)IcebergValue.Normalize(IcebergType.Time, value)); break;
            case Decimal128Type d:
                var unscaled = value is string text
                    ? BigInteger.Parse(Scaled(text, d.Scale))
                    : IcebergValue.Unscaled(System.Convert.ToDecimal(value), d.Scale);
                BinaryPrimitives.WriteInt128LittleEndian(target, (Int128)unscaled);
                break;
            case FixedSizeBinaryType:
                (value is Guid g ? g.ToByteArray(bigEndian: true) : (byte[])value).CopyTo(target);
                break;
            default: throw new NotSupportedException(type.Name);
        }
    }

    /// <summary>The unscaled digits of a decimal written as text (for values beyond <see cref="decimal"/>).</summary>
    private static string Scaled(string text, int scale)
    {
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? "" : text[(point + 1)..];
        return whole + fraction.PadRight(scale, '0')[..scale];
    }

    private static ArrowBuffer Bytes(int[] values) => new(MemoryMarshal.AsBytes(values.AsSpan()).ToArray());
}
