using System.Globalization;
using System.Text.Json;
using Apache.Arrow;
using Apache.Arrow.Arrays;
using Apache.Arrow.Types;

namespace Lineage.Workbench.Catalog.Rows;

/// <summary>
/// Writes Arrow rows as JSON for people and tools: numbers as numbers (NaN and infinities as strings), lists as
/// arrays, structs and maps as objects, dates as <c>yyyy-MM-dd</c>, timestamps as ISO-8601 with microseconds (UTC
/// ones with <c>Z</c>), decimals as exact numbers, binary as lowercase hex, UUIDs in their usual form.
/// </summary>
public static class ArrowJsonValues
{
    private const string ExtensionNameKey = "ARROW:extension:name";

    public static void WriteRow(Utf8JsonWriter json, RecordBatch batch, int row)
    {
        json.WriteStartObject();
        for (var column = 0; column < batch.ColumnCount; column++)
        {
            var field = batch.Schema.GetFieldByIndex(column);
            json.WritePropertyName(field.Name);
            WriteValue(json, batch.Column(column), field, row);
        }
        json.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter json, IArrowArray array, Field field, int index)
    {
        if (array.IsNull(index))
        {
            json.WriteNullValue();
            return;
        }
        switch (array)
        {
            case MapArray map:
                WriteMap(json, map, (MapType)field.DataType, index);
                break;
            case ListArray list:
                var element = ((ListType)field.DataType).ValueField;
                json.WriteStartArray();
                for (var i = list.ValueOffsets[index]; i < list.ValueOffsets[index + 1]; i++)
                    WriteValue(json, list.Values, element, i);
                json.WriteEndArray();
                break;
            case StructArray group:
                var fields = ((StructType)field.DataType).Fields;
                json.WriteStartObject();
                for (var i = 0; i < fields.Count; i++)
                {
                    json.WritePropertyName(fields[i].Name);
                    WriteValue(json, group.Fields[i], fields[i], index);
                }
                json.WriteEndObject();
                break;
            default:
                WritePrimitive(json, array, field, index);
                break;
        }
    }

    private static void WriteMap(Utf8JsonWriter json, MapArray map, MapType type, int index)
    {
        json.WriteStartObject();
        for (var i = map.ValueOffsets[index]; i < map.ValueOffsets[index + 1]; i++)
        {
            json.WritePropertyName(ArrowTextValues.Scalar(map.Keys, type.KeyField, i) ?? "null");
            WriteValue(json, map.Values, type.ValueField, i);
        }
        json.WriteEndObject();
    }

    private static void WritePrimitive(Utf8JsonWriter json, IArrowArray array, Field field, int index)
    {
        switch (array)
        {
            case BooleanArray booleans: json.WriteBooleanValue(booleans.GetValue(index)!.Value); break;
            case Int8Array v: json.WriteNumberValue(v.GetValue(index)!.Value); break;
            case Int16Array v: json.WriteNumberValue(v.GetValue(index)!.Value); break;
            case Int32Array v: json.WriteNumberValue(v.GetValue(index)!.Value); break;
            case Int64Array v: json.WriteNumberValue(v.GetValue(index)!.Value); break;
            case UInt8Array v: json.WriteNumberValue(v.GetValue(index)!.Value); break;
            case UInt16Array v: json.WriteNumberValue(v.GetValue(index)!.Value); break;
            case UInt32Array v: json.WriteNumberValue(v.GetValue(index)!.Value); break;
            case UInt64Array v: json.WriteNumberValue(v.GetValue(index)!.Value); break;
            case FloatArray v:
                var single = v.GetValue(index)!.Value;
                // The float's own shortest digits, not those of its widened double.
                if (float.IsFinite(single)) json.WriteRawValue(single.ToString("R", CultureInfo.InvariantCulture));
                else json.WriteStringValue(ArrowTextValues.NonFinite(single));
                break;
            case DoubleArray v:
                var value = v.GetValue(index)!.Value;
                if (double.IsFinite(value)) json.WriteNumberValue(value);
                else json.WriteStringValue(ArrowTextValues.NonFinite(value));
                break;
            case Decimal128Array or Decimal256Array:
                json.WriteRawValue(ArrowTextValues.Scalar(array, field, index)!);
                break;
            case BinaryArray or FixedSizeBinaryArray or Date32Array or Date64Array or TimestampArray or Time32Array or Time64Array:
                json.WriteStringValue(ArrowTextValues.Scalar(array, field, index));
                break;
            default:
                throw new NotSupportedException($"column {field.Name}: values of Arrow type {field.DataType.Name} cannot be written as JSON");
        }
    }

    /// <summary>Whether a fixed-size binary field holds UUIDs (Arrow's canonical UUID extension).</summary>
    internal static bool IsUuid(Field field) =>
        field.DataType is FixedSizeBinaryType { ByteWidth: 16 }
        && field.Metadata?.TryGetValue(ExtensionNameKey, out var name) == true && name == "arrow.uuid";
}
