using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Apache.Arrow;
using Apache.Arrow.Arrays;
using Apache.Arrow.Types;
using Lineage.Lakehouse.Arrow;

namespace Lineage.Lakehouse.Tests.Parquet;

/// <summary>
/// Rows of an Arrow batch in the canonical JSON form of tests/interop/README.md, so they compare with what DuckDB
/// and hyparquet print for the same file.
/// </summary>
public static class CanonicalRows
{
    public static List<JsonElement> Of(RecordBatch batch)
    {
        var rows = new List<JsonElement>(batch.Length);
        for (var row = 0; row < batch.Length; row++)
        {
            var json = new JsonObject();
            for (var column = 0; column < batch.ColumnCount; column++)
                json[batch.Schema.FieldsList[column].Name] = Value(batch.Column(column), batch.Schema.FieldsList[column], row);
            rows.Add(JsonSerializer.SerializeToElement(json));
        }
        return rows;
    }

    private static JsonNode? Value(IArrowArray array, Field field, int index)
    {
        if (array.IsNull(index))
            return null;
        switch (array)
        {
            case ListArray list:
                var items = new JsonArray();
                var element = ((ListType)field.DataType).ValueField;
                for (var i = list.ValueOffsets[index]; i < list.ValueOffsets[index + 1]; i++)
                    items.Add(Value(list.Values, element, i));
                return items;
            case StructArray @struct:
                var obj = new JsonObject();
                var fields = ((StructType)field.DataType).Fields;
                for (var i = 0; i < fields.Count; i++)
                    obj[fields[i].Name] = Value(@struct.Fields[i], fields[i], @struct.Offset + index);
                return obj;
            default:
                return Primitive(array, field, index);
        }
    }

    private static JsonNode Primitive(IArrowArray array, Field field, int index) => array switch
    {
        BooleanArray a => JsonValue.Create(a.GetValue(index)!.Value),
        Int8Array a => JsonValue.Create((int)a.GetValue(index)!.Value),
        Int16Array a => JsonValue.Create((int)a.GetValue(index)!.Value),
        Int32Array a => JsonValue.Create(a.GetValue(index)!.Value),
        UInt8Array a => JsonValue.Create((int)a.GetValue(index)!.Value),
        UInt16Array a => JsonValue.Create((int)a.GetValue(index)!.Value),
        UInt32Array a => JsonValue.Create((long)a.GetValue(index)!.Value),
        Int64Array a => JsonValue.Create(a.GetValue(index)!.Value.ToString(CultureInfo.InvariantCulture)),
        UInt64Array a => JsonValue.Create(a.GetValue(index)!.Value.ToString(CultureInfo.InvariantCulture)),
        FloatArray a => JsonValue.Create(EcmaNumber(a.GetValue(index)!.Value.ToString("R", CultureInfo.InvariantCulture))),
        DoubleArray a => JsonValue.Create(EcmaNumber(a.GetValue(index)!.Value.ToString("R", CultureInfo.InvariantCulture))),
        StringArray a => JsonValue.Create(a.GetString(index)),
        Date32Array a => JsonValue.Create(DateOnly.FromDayNumber(DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber + a.Values[index]).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        TimestampArray a => JsonValue.Create(Timestamp(a.Values[index], (TimestampType)field.DataType)),
        Decimal128Array a => JsonValue.Create(Decimal(BinaryPrimitives.ReadInt128LittleEndian(a.GetBytes(index)), ((Decimal128Type)field.DataType).Scale)),
        FixedSizeBinaryArray a when IcebergArrowSchema.IsUuid(field) => JsonValue.Create(new Guid(a.GetBytes(index), bigEndian: true).ToString("D")),
        FixedSizeBinaryArray a => JsonValue.Create(Convert.ToHexStringLower(a.GetBytes(index))),
        BinaryArray a => JsonValue.Create(Convert.ToHexStringLower(a.GetBytes(index))),
        _ => throw new InvalidOperationException($"no canonical form for {field.DataType.Name}"),
    };

    private static string Timestamp(long value, TimestampType type)
    {
        var (ticks, digits) = type.Unit switch
        {
            Apache.Arrow.Types.TimeUnit.Second => (value * TimeSpan.TicksPerSecond, 6),
            Apache.Arrow.Types.TimeUnit.Millisecond => (value * TimeSpan.TicksPerMillisecond, 6),
            Apache.Arrow.Types.TimeUnit.Microsecond => (value * 10, 6),
            _ => (Math.DivRem(value, 100, out _) - (value % 100 < 0 ? 1 : 0), 9),
        };
        var time = DateTime.UnixEpoch.AddTicks(ticks);
        var text = time.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
        if (digits == 9)
            return text + (((value % 1000) + 1000) % 1000).ToString("000", CultureInfo.InvariantCulture);
        return text + (string.IsNullOrEmpty(type.Timezone) ? "" : "Z");
    }

    private static string Decimal(Int128 unscaled, int scale)
    {
        var negative = unscaled < 0;
        var digits = BigInteger.Abs((BigInteger)unscaled).ToString(CultureInfo.InvariantCulture).PadLeft(scale + 1, '0');
        var text = scale == 0 ? digits : digits[..^scale] + "." + digits[^scale..];
        return negative ? "-" + text : text;
    }

    /// <summary>Lays out .NET's shortest round-trip digits as ECMAScript's Number::toString does.</summary>
    public static string EcmaNumber(string roundTrip)
    {
        if (roundTrip is "NaN" or "Infinity" or "-Infinity" or "-0" or "0")
            return roundTrip;
        if (roundTrip == "∞") return "Infinity";
        if (roundTrip == "-∞") return "-Infinity";
        var negative = roundTrip.StartsWith('-');
        var text = negative ? roundTrip[1..] : roundTrip;
        var exponentAt = text.IndexOfAny(['E', 'e']);
        var exponent = exponentAt < 0 ? 0 : int.Parse(text[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var point = mantissa.IndexOf('.');
        var digits = mantissa.Replace(".", "");
        var n = (point < 0 ? mantissa.Length : point) + exponent;
        var leading = digits.Length - digits.TrimStart('0').Length;
        digits = digits.TrimStart('0');
        n -= leading;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
            return negative ? "-0" : "0";
        var k = digits.Length;
        var result = new StringBuilder(negative ? "-" : "");
        if (k <= n && n <= 21)
            result.Append(digits).Append('0', n - k);
        else if (0 < n && n <= 21)
            result.Append(digits[..n]).Append('.').Append(digits[n..]);
        else if (-6 < n && n <= 0)
            result.Append("0.").Append('0', -n).Append(digits);
        else
        {
            result.Append(digits[0]);
            if (k > 1) result.Append('.').Append(digits[1..]);
            result.Append('e').Append(n - 1 >= 0 ? '+' : '-').Append(Math.Abs(n - 1));
        }
        return result.ToString();
    }
}
