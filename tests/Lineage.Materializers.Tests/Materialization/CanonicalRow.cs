using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lineage.Materializers.Tests.Materialization;

/// <summary>
/// A table row (column name → plain .NET value, in schema order) as one line of canonical JSON, the form of
/// tests/fixtures/sample-tables: integers as numbers, doubles with round-trip digits (NaN and ±Infinity as strings),
/// dates <c>yyyy-MM-dd</c>, timestamps ISO-8601 with six fractional digits, decimals as their exact text, lists as
/// arrays. Columns named as shape-only are written as the shape of their value (<c>"&lt;timestamp&gt;"</c>, a list of
/// element shapes, or null), for values that differ from run to run.
/// </summary>
public static class CanonicalRow
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJsonLine(IReadOnlyDictionary<string, object?> row, IReadOnlySet<string> shapeOnlyColumns)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            foreach (var (column, value) in row)
            {
                writer.WritePropertyName(column);
                if (shapeOnlyColumns.Contains(column))
                    WriteShape(writer, value);
                else
                    WriteValue(writer, value);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case sbyte or byte or short or ushort or int or uint or long: writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case ulong u: writer.WriteNumberValue(u); break;
            case double d: WriteDouble(writer, d); break;
            case float f: WriteDouble(writer, f); break;
            case decimal m: writer.WriteStringValue(m.ToString(CultureInfo.InvariantCulture)); break;
            case string s: writer.WriteStringValue(s); break;
            case DateOnly date: writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset moment: writer.WriteStringValue(moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)); break;
            case DateTime local: writer.WriteStringValue(local.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture)); break;
            case Guid uuid: writer.WriteStringValue(uuid.ToString("D")); break;
            case byte[] bytes: writer.WriteStringValue(Convert.ToHexStringLower(bytes)); break;
            case IEnumerable<KeyValuePair<string, object?>> fields:
                writer.WriteStartObject();
                foreach (var (name, field) in fields)
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, field);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable elements:
                writer.WriteStartArray();
                foreach (var element in elements)
                    WriteValue(writer, element);
                writer.WriteEndArray();
                break;
            default: throw new NotSupportedException($"No canonical JSON form for a value of type {value.GetType()}.");
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
            writer.WriteNumberValue(value);
        else
            writer.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
    }

    /// <summary>Null stays null and a list keeps its length, so only the values themselves go unchecked.</summary>
    private static void WriteShape(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string: writer.WriteStringValue("<string>"); break;
            case DateTimeOffset or DateTime: writer.WriteStringValue("<timestamp>"); break;
            case DateOnly: writer.WriteStringValue("<date>"); break;
            case bool: writer.WriteStringValue("<boolean>"); break;
            case double or float or decimal: writer.WriteStringValue("<number>"); break;
            case sbyte or byte or short or ushort or int or uint or long or ulong: writer.WriteStringValue("<integer>"); break;
            case IEnumerable<KeyValuePair<string, object?>>: writer.WriteStringValue("<struct>"); break;
            case IEnumerable elements:
                writer.WriteStartArray();
                foreach (var element in elements)
                    WriteShape(writer, element);
                writer.WriteEndArray();
                break;
            default: throw new NotSupportedException($"No shape for a value of type {value.GetType()}.");
        }
    }
}
