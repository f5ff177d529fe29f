using System.Collections.ObjectModel;
using System.Text.Json;

namespace Lineage.Lakehouse.Avro.Schemas;

/// <summary>
/// Builds the extra attributes of schemas and fields (<c>"field-id": 102</c>, <c>"logicalType": "date"</c>…).
/// Attribute values are JSON values and keep their JSON type when the schema is written back.
/// </summary>
public static class AvroAttributes
{
    public static IReadOnlyDictionary<string, JsonElement> Empty { get; } =
        new ReadOnlyDictionary<string, JsonElement>(new Dictionary<string, JsonElement>());

    /// <summary>
    /// Attributes from name/value pairs; values may be strings, booleans, integers, floating-point numbers,
    /// <see cref="JsonElement"/>s or null.
    /// </summary>
    public static IReadOnlyDictionary<string, JsonElement> Of(params (string Name, object? Value)[] attributes)
    {
        var result = new Dictionary<string, JsonElement>(attributes.Length, StringComparer.Ordinal);
        foreach (var (name, value) in attributes)
            result[name] = ToElement(name, value);
        return new ReadOnlyDictionary<string, JsonElement>(result);
    }

    /// <summary>A private, immutable copy of <paramref name="attributes"/> without any of <paramref name="reserved"/>.</summary>
    internal static IReadOnlyDictionary<string, JsonElement> Freeze(
        IReadOnlyDictionary<string, JsonElement>? attributes, IReadOnlySet<string> reserved)
    {
        if (attributes is null || attributes.Count == 0)
            return Empty;
        var copy = new Dictionary<string, JsonElement>(attributes.Count, StringComparer.Ordinal);
        foreach (var (name, value) in attributes)
        {
            if (reserved.Contains(name))
                throw new AvroSchemaException(
                    $"'{name}' is part of the schema's structure and cannot be given as an extra attribute");
            copy[name] = value.Clone();
        }
        return new ReadOnlyDictionary<string, JsonElement>(copy);
    }

    private static JsonElement ToElement(string name, object? value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            switch (value)
            {
                case null: writer.WriteNullValue(); break;
                case string s: writer.WriteStringValue(s); break;
                case bool b: writer.WriteBooleanValue(b); break;
                case int i: writer.WriteNumberValue(i); break;
                case long l: writer.WriteNumberValue(l); break;
                case double d: writer.WriteNumberValue(d); break;
                case float f: writer.WriteNumberValue(f); break;
                case decimal m: writer.WriteNumberValue(m); break;
                case JsonElement e: e.WriteTo(writer); break;
                default:
                    throw new ArgumentException(
                        $"Attribute '{name}' has a value of type {value.GetType().Name}; use a string, bool, number or JsonElement.",
                        nameof(value));
            }
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
