using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Tests.Parquet;

/// <summary>
/// Rows of our reader in the canonical JSON form of tests/interop/README.md, so they compare with what DuckDB
/// and hyparquet print for the same file.
/// </summary>
public static class CanonicalRows
{
    public static List<JsonElement> Of(RecordBatch batch)
    {
        var rows = new List<JsonElement>(batch.RowCount);
        for (var row = 0; row < batch.RowCount; row++)
        {
            var json = new JsonObject();
            for (var column = 0; column < batch.Columns.Count; column++)
                json[batch.Schema.Fields[column].Name] = Value(batch.Columns[column], batch.Schema.Fields[column], row);
            rows.Add(JsonSerializer.SerializeToElement(json));
        }
        return rows;
    }

    private static JsonNode? Value(ColumnVector vector, ParquetField field, int index)
    {
        if (vector.IsNull(index))
            return null;
        switch (field, vector)
        {
            case (ListField list, ListVector lists):
                var array = new JsonArray();
                for (var i = lists.Start(index); i < lists.End(index); i++)
                    array.Add(Value(lists.Elements, list.Element, i));
                return array;
            case (StructField group, StructVector groups):
                var obj = new JsonObject();
                for (var i = 0; i < group.Fields.Count; i++)
                    obj[group.Fields[i].Name] = Value(groups.Children[i], group.Fields[i], index);
                return obj;
            case (PrimitiveField primitive, _):
                return Primitive(vector, primitive, index);
            default:
                throw new InvalidOperationException($"vector does not match field {field.Name}");
        }
    }

    private static JsonNode Primitive(ColumnVector vector, PrimitiveField field, int index) => field.Type switch
    {
        ParquetValueType.Boolean => JsonValue.Create(((PrimitiveVector<bool>)vector)[index]),
        ParquetValueType.Int8 or ParquetValueType.Int16 or ParquetValueType.Int32 => JsonValue.Create(((PrimitiveVector<int>)vector)[index]),
        ParquetValueType.Int64 => JsonValue.Create(((PrimitiveVector<long>)vector)[index].ToString(CultureInfo.InvariantCulture)),
        ParquetValueType.Float => JsonValue.Create(EcmaNumber(((PrimitiveVector<float>)vector)[index].ToString("R", CultureInfo.InvariantCulture))),
        ParquetValueType.Double => JsonValue.Create(EcmaNumber(((PrimitiveVector<double>)vector)[index].ToString("R", CultureInfo.InvariantCulture))),
        ParquetValueType.String => JsonValue.Create(((BinaryVector)vector).GetString(index)),
        ParquetValueType.Binary or ParquetValueType.FixedBinary => JsonValue.Create(Convert.ToHexStringLower(((BinaryVector)vector)[index])),
        ParquetValueType.Uuid => JsonValue.Create(new Guid(((BinaryVector)vector)[index], bigEndian: true).ToString("D")),
        ParquetValueType.Date => JsonValue.Create(((DateOnly)VectorValues.Get(vector, field, index)!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ParquetValueType.TimestampMicros => JsonValue.Create(Timestamp(((PrimitiveVector<long>)vector)[index]) + "Z"),
        ParquetValueType.LocalTimestampMicros => JsonValue.Create(Timestamp(((PrimitiveVector<long>)vector)[index])),
        ParquetValueType.Decimal => JsonValue.Create(DecimalText.Format(((PrimitiveVector<Int128>)vector)[index], field.Scale)),
        _ => throw new InvalidOperationException($"no canonical form for {field.Type}"),
    };

    private static string Timestamp(long micros) =>
        DateTime.UnixEpoch.AddTicks(micros * 10).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

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
