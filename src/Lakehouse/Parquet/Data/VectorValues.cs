using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Parquet.Data;

/// <summary>
/// Row-at-a-time access to vectors with plain .NET values, for previews, tools and tests (it boxes; bulk paths use
/// the typed vectors). Values: bool, int (Int8/16/32), long, float, double, string, byte[] (binary, fixed),
/// Guid (uuid), DateOnly (date), DateTimeOffset (timestamp, UTC), DateTime (local timestamp, unspecified kind),
/// decimal (decimal; BigInteger-backed string when beyond System.Decimal), IReadOnlyList&lt;object?&gt; (list),
/// IReadOnlyDictionary&lt;string, object?&gt; (struct).
/// </summary>
public static class VectorValues
{
    private static readonly DateTime Epoch = DateTime.UnixEpoch;

    public static object? Get(ColumnVector vector, ParquetField field, int index)
    {
        if (vector.IsNull(index))
            return null;
        return (field, vector) switch
        {
            (ListField list, ListVector lists) => Enumerable.Range(lists.Start(index), lists.End(index) - lists.Start(index))
                .Select(i => Get(lists.Elements, list.Element, i)).ToList(),
            (StructField group, StructVector groups) => group.Fields.Select((f, i) => (f.Name, Value: Get(groups.Children[i], f, index)))
                .ToDictionary(p => p.Name, p => p.Value),
            (PrimitiveField primitive, _) => GetPrimitive(vector, primitive, index),
            _ => throw new ArgumentException($"The vector for '{field.Name}' does not match its field."),
        };
    }

    public static void Append(ColumnVector vector, ParquetField field, object? value)
    {
        if (value is null)
        {
            vector.AppendNull();
            return;
        }
        switch (field, vector)
        {
            case (ListField list, ListVector lists):
                lists.BeginList();
                foreach (var element in (System.Collections.IEnumerable)value)
                    Append(lists.Elements, list.Element, element);
                lists.EndList();
                break;
            case (StructField group, StructVector groups):
                var fields = (IReadOnlyDictionary<string, object?>)value;
                groups.AppendPresent();
                for (var i = 0; i < group.Fields.Count; i++)
                    Append(groups.Children[i], group.Fields[i], fields.GetValueOrDefault(group.Fields[i].Name));
                break;
            case (PrimitiveField primitive, _):
                AppendPrimitive(vector, primitive, value);
                break;
            default:
                throw new ArgumentException($"The vector for '{field.Name}' does not match its field.");
        }
    }

    private static object GetPrimitive(ColumnVector vector, PrimitiveField field, int index) => field.Type switch
    {
        ParquetValueType.Boolean => ((PrimitiveVector<bool>)vector)[index],
        ParquetValueType.Int8 or ParquetValueType.Int16 or ParquetValueType.Int32 => ((PrimitiveVector<int>)vector)[index],
        ParquetValueType.Date => DateOnly.FromDayNumber(DateOnly.FromDateTime(Epoch).DayNumber + ((PrimitiveVector<int>)vector)[index]),
        ParquetValueType.Int64 => ((PrimitiveVector<long>)vector)[index],
        ParquetValueType.TimestampMicros => new DateTimeOffset(Epoch.AddTicks(((PrimitiveVector<long>)vector)[index] * 10), TimeSpan.Zero),
        ParquetValueType.LocalTimestampMicros => DateTime.SpecifyKind(Epoch.AddTicks(((PrimitiveVector<long>)vector)[index] * 10), DateTimeKind.Unspecified),
        ParquetValueType.Float => ((PrimitiveVector<float>)vector)[index],
        ParquetValueType.Double => ((PrimitiveVector<double>)vector)[index],
        ParquetValueType.String => ((BinaryVector)vector).GetString(index),
        ParquetValueType.Binary or ParquetValueType.FixedBinary => ((BinaryVector)vector)[index].ToArray(),
        ParquetValueType.Uuid => new Guid(((BinaryVector)vector)[index], bigEndian: true),
        ParquetValueType.Decimal => DecimalText.ToValue(((PrimitiveVector<Int128>)vector)[index], field.Scale),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, null),
    };

    private static void AppendPrimitive(ColumnVector vector, PrimitiveField field, object value)
    {
        switch (field.Type)
        {
            case ParquetValueType.Boolean: ((PrimitiveVector<bool>)vector).Append((bool)value); break;
            case ParquetValueType.Int8 or ParquetValueType.Int16 or ParquetValueType.Int32:
                ((PrimitiveVector<int>)vector).Append(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case ParquetValueType.Date: ((PrimitiveVector<int>)vector).Append(((DateOnly)value).DayNumber - DateOnly.FromDateTime(Epoch).DayNumber); break;
            case ParquetValueType.Int64: ((PrimitiveVector<long>)vector).Append(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case ParquetValueType.TimestampMicros: ((PrimitiveVector<long>)vector).Append(Micros(((DateTimeOffset)value).UtcDateTime)); break;
            case ParquetValueType.LocalTimestampMicros: ((PrimitiveVector<long>)vector).Append(Micros((DateTime)value)); break;
            case ParquetValueType.Float: ((PrimitiveVector<float>)vector).Append(Convert.ToSingle(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case ParquetValueType.Double: ((PrimitiveVector<double>)vector).Append(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case ParquetValueType.String: ((BinaryVector)vector).AppendString((string)value); break;
            case ParquetValueType.Binary or ParquetValueType.FixedBinary: ((BinaryVector)vector).Append((byte[])value); break;
            case ParquetValueType.Uuid:
                Span<byte> bytes = stackalloc byte[16];
                ((Guid)value).TryWriteBytes(bytes, bigEndian: true, out _);
                ((BinaryVector)vector).Append(bytes);
                break;
            case ParquetValueType.Decimal: ((PrimitiveVector<Int128>)vector).Append(DecimalText.Unscaled(value, field.Scale)); break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field.Type, null);
        }
    }

    private static long Micros(DateTime moment) => (moment.Ticks - Epoch.Ticks) / 10;
}
