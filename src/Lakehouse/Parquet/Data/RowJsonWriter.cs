using System.Globalization;
using System.Text.Json;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Parquet.Data;

/// <summary>
/// Writes rows as JSON for people and tools: numbers as numbers (NaN and infinities as strings), lists as arrays,
/// structs as objects, dates as <c>yyyy-MM-dd</c>, timestamps as ISO-8601 (UTC with <c>Z</c>), decimals as exact
/// numbers, binary as lowercase hex, UUIDs in their usual form.
/// </summary>
public static class RowJsonWriter
{
    public static void WriteRow(Utf8JsonWriter json, RecordBatch batch, int row)
    {
        json.WriteStartObject();
        for (var column = 0; column < batch.Columns.Count; column++)
        {
            json.WritePropertyName(batch.Schema.Fields[column].Name);
            WriteValue(json, batch.Columns[column], batch.Schema.Fields[column], row);
        }
        json.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter json, ColumnVector vector, ParquetField field, int index)
    {
        if (vector.IsNull(index))
        {
            json.WriteNullValue();
            return;
        }
        switch (field, vector)
        {
            case (ListField list, ListVector lists):
                json.WriteStartArray();
                for (var i = lists.Start(index); i < lists.End(index); i++)
                    WriteValue(json, lists.Elements, list.Element, i);
                json.WriteEndArray();
                break;
            case (StructField group, StructVector groups):
                json.WriteStartObject();
                for (var i = 0; i < group.Fields.Count; i++)
                {
                    json.WritePropertyName(group.Fields[i].Name);
                    WriteValue(json, groups.Children[i], group.Fields[i], index);
                }
                json.WriteEndObject();
                break;
            case (PrimitiveField primitive, _):
                WritePrimitive(json, vector, primitive, index);
                break;
        }
    }

    private static void WritePrimitive(Utf8JsonWriter json, ColumnVector vector, PrimitiveField field, int index)
    {
        switch (field.Type)
        {
            case ParquetValueType.Float:
                var single = ((PrimitiveVector<float>)vector)[index];
                // The float's own shortest digits, not those of its widened double.
                if (float.IsFinite(single)) json.WriteRawValue(single.ToString("R", CultureInfo.InvariantCulture));
                else WriteFloating(json, single);
                break;
            case ParquetValueType.Double:
                WriteFloating(json, ((PrimitiveVector<double>)vector)[index]);
                break;
            case ParquetValueType.Decimal:
                json.WriteRawValue(DecimalText.Format(((PrimitiveVector<Int128>)vector)[index], field.Scale));
                break;
            case ParquetValueType.Binary or ParquetValueType.FixedBinary:
                json.WriteStringValue(Convert.ToHexStringLower(((BinaryVector)vector)[index]));
                break;
            default:
                switch (VectorValues.Get(vector, field, index))
                {
                    case bool b: json.WriteBooleanValue(b); break;
                    case int i: json.WriteNumberValue(i); break;
                    case long l: json.WriteNumberValue(l); break;
                    case string s: json.WriteStringValue(s); break;
                    case Guid g: json.WriteStringValue(g.ToString("D")); break;
                    case DateOnly d: json.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                    case DateTimeOffset t: json.WriteStringValue(t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)); break;
                    case DateTime t: json.WriteStringValue(t.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture)); break;
                    case var other: json.WriteStringValue(Convert.ToString(other, CultureInfo.InvariantCulture)); break;
                }
                break;
        }
    }

    private static void WriteFloating(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
            json.WriteNumberValue(value);
        else
            json.WriteStringValue(value.ToString(CultureInfo.InvariantCulture).Replace("∞", "Infinity"));
    }
}
