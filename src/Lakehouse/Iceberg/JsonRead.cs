using System.Text.Json;

namespace Lineage.Lakehouse.Iceberg;

/// <summary>Typed access to JSON properties of Iceberg metadata; every mismatch is an <see cref="IcebergFormatException"/> naming the property.</summary>
internal static class JsonRead
{
    public static JsonElement Required(JsonElement element, string name, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new IcebergFormatException($"{where} is not a JSON object");
        return element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new IcebergFormatException($"{where} has no '{name}'");
    }

    public static JsonElement? Optional(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static int Int(JsonElement value, string name, string where) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var result)
            ? result
            : throw new IcebergFormatException($"{where}: '{name}' must be a 32-bit integer, not {value.GetRawText()}");

    public static long Long(JsonElement value, string name, string where) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var result)
            ? result
            : throw new IcebergFormatException($"{where}: '{name}' must be a 64-bit integer, not {value.GetRawText()}");

    public static bool Bool(JsonElement value, string name, string where) =>
        value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new IcebergFormatException($"{where}: '{name}' must be true or false, not {value.GetRawText()}"),
        };

    public static string String(JsonElement value, string name, string where) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new IcebergFormatException($"{where}: '{name}' must be a string, not {value.GetRawText()}");

    public static JsonElement.ArrayEnumerator Array(JsonElement value, string name, string where) =>
        value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw new IcebergFormatException($"{where}: '{name}' must be an array, not {value.GetRawText()}");

    public static IReadOnlyDictionary<string, string> StringMap(JsonElement value, string name, string where)
    {
        if (value.ValueKind != JsonValueKind.Object)
            throw new IcebergFormatException($"{where}: '{name}' must be an object of strings");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
            result[property.Name] = String(property.Value, $"{name}.{property.Name}", where);
        return result;
    }
}
