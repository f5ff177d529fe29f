using System.Text.Json;

namespace Lineage.Lakehouse.Avro.Schemas;

/// <summary>Checks that a field's JSON default value has the shape its schema asks for (spec: field default values).</summary>
internal static class AvroDefaultValue
{
    /// <summary>Null when <paramref name="value"/> fits <paramref name="schema"/>, else what is wrong.</summary>
    public static string? Problem(AvroSchema schema, JsonElement value)
    {
        var kind = value.ValueKind;
        return schema switch
        {
            AvroUnionSchema union => union.Branches.Count == 0
                ? "an empty union has no default"
                : Problem(union.Branches[0], value) is { } problem
                    ? $"{problem} (a union's default must fit its first branch)"
                    : null,
            AvroRecordSchema record => kind == JsonValueKind.Object ? RecordProblem(record, value) : Expected("an object", value),
            AvroEnumSchema @enum => kind == JsonValueKind.String && @enum.IndexOf(value.GetString()!) >= 0
                ? null
                : Expected($"one of the symbols of enum {@enum.FullName}", value),
            AvroArraySchema array => kind == JsonValueKind.Array ? FirstProblem(array.Items, value.EnumerateArray()) : Expected("an array", value),
            AvroMapSchema map => kind == JsonValueKind.Object
                ? FirstProblem(map.Values, value.EnumerateObject().Select(p => p.Value))
                : Expected("an object", value),
            AvroFixedSchema @fixed => IsByteString(value) && value.GetString()!.Length == @fixed.Size
                ? null
                : Expected($"a string of {@fixed.Size} characters U+0000..U+00FF", value),
            _ => PrimitiveProblem(schema.Kind, value),
        };
    }

    private static string? PrimitiveProblem(AvroSchemaKind kind, JsonElement value) => kind switch
    {
        AvroSchemaKind.Null => value.ValueKind == JsonValueKind.Null ? null : Expected("null", value),
        AvroSchemaKind.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : Expected("true or false", value),
        AvroSchemaKind.Int => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _) ? null : Expected("a 32-bit integer", value),
        AvroSchemaKind.Long => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _) ? null : Expected("a 64-bit integer", value),
        AvroSchemaKind.Float or AvroSchemaKind.Double => value.ValueKind == JsonValueKind.Number || IsNonFiniteName(value)
            ? null
            : Expected("a number", value),
        AvroSchemaKind.Bytes => IsByteString(value) ? null : Expected("a string of characters U+0000..U+00FF", value),
        AvroSchemaKind.String => value.ValueKind == JsonValueKind.String ? null : Expected("a string", value),
        _ => Expected(AvroTypeNames.Of(kind), value),
    };

    private static string? RecordProblem(AvroRecordSchema record, JsonElement value)
    {
        foreach (var field in record.Fields)
        {
            if (value.TryGetProperty(field.Name, out var fieldValue))
            {
                if (Problem(field.Type, fieldValue) is { } problem)
                    return $"field '{field.Name}': {problem}";
            }
            else if (field.Default is null)
                return $"field '{field.Name}' is missing and has no default";
        }
        return null;
    }

    private static string? FirstProblem(AvroSchema schema, IEnumerable<JsonElement> values)
    {
        foreach (var item in values)
        {
            if (Problem(schema, item) is { } problem)
                return problem;
        }
        return null;
    }

    private static bool IsByteString(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString()!.All(c => c <= '\u00FF');

    private static bool IsNonFiniteName(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is "NaN" or "Infinity" or "-Infinity";

    private static string Expected(string what, JsonElement value) => $"expected {what} but the default is {value.GetRawText()}";
}
