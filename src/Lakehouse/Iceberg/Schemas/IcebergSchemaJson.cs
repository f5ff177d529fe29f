using System.Text.Json;


namespace Lineage.Lakehouse.Iceberg.Schemas;

/// <summary>Reads and writes schemas and types in the JSON form of the table spec (Appendix C).</summary>
internal static class IcebergSchemaJson
{
    public static IcebergSchema Read(string json) => JsonText.Parse(json, "schema", Read);

    public static IcebergSchema Read(JsonElement element)
    {
        var where = "schema";
        var schemaId = element.TryGetProperty("schema-id", out var id) ? JsonRead.Int(id, "schema-id", where) : 0;
        where = $"schema {schemaId}";
        var type = JsonRead.Optional(element, "type") is { } t ? JsonRead.String(t, "type", where) : "struct";
        if (type != "struct")
            throw new IcebergFormatException($"{where} has type '{type}'; a schema is a struct");
        var fields = ReadFields(JsonRead.Required(element, "fields", where), where);
        IReadOnlyList<int>? identifiers = element.TryGetProperty("identifier-field-ids", out var ids)
            ? JsonRead.Array(ids, "identifier-field-ids", where).Select(e => JsonRead.Int(e, "identifier-field-ids", where)).ToList()
            : null;
        return new IcebergSchema(schemaId, fields, identifiers);
    }

    public static string Write(IcebergSchema schema) => JsonText.Write(writer => Write(writer, schema), indented: false);

    public static void Write(Utf8JsonWriter writer, IcebergSchema schema)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "struct");
        writer.WriteNumber("schema-id", schema.SchemaId);
        if (schema.IdentifierFieldIds.Count > 0)
        {
            writer.WriteStartArray("identifier-field-ids");
            foreach (var id in schema.IdentifierFieldIds)
                writer.WriteNumberValue(id);
            writer.WriteEndArray();
        }
        WriteFields(writer, schema.Fields);
        writer.WriteEndObject();
    }

    public static IcebergType ReadType(JsonElement element, string where)
    {
        if (element.ValueKind == JsonValueKind.String)
            return ParsePrimitive(element.GetString()!, where);
        if (element.ValueKind != JsonValueKind.Object)
            throw new IcebergFormatException($"{where} has a type that is neither a string nor an object: {element.GetRawText()}");
        var kind = JsonRead.String(JsonRead.Required(element, "type", where), "type", where);
        switch (kind)
        {
            case "struct":
                return new StructType(ReadFields(JsonRead.Required(element, "fields", where), where));
            case "list":
                var elementId = JsonRead.Int(JsonRead.Required(element, "element-id", where), "element-id", where);
                return new ListType(
                    elementId,
                    ReadType(JsonRead.Required(element, "element", where), $"{where}, element {elementId}"),
                    JsonRead.Bool(JsonRead.Required(element, "element-required", where), "element-required", where));
            case "map":
                var keyId = JsonRead.Int(JsonRead.Required(element, "key-id", where), "key-id", where);
                var valueId = JsonRead.Int(JsonRead.Required(element, "value-id", where), "value-id", where);
                return new MapType(
                    keyId,
                    ReadType(JsonRead.Required(element, "key", where), $"{where}, key {keyId}"),
                    valueId,
                    ReadType(JsonRead.Required(element, "value", where), $"{where}, value {valueId}"),
                    JsonRead.Bool(JsonRead.Required(element, "value-required", where), "value-required", where));
            default:
                throw new IcebergFormatException($"{where} has unknown nested type '{kind}' (expected struct, list or map)");
        }
    }

    public static void WriteType(Utf8JsonWriter writer, IcebergType type)
    {
        switch (type)
        {
            case PrimitiveType primitive:
                writer.WriteStringValue(primitive.ToString());
                break;
            case StructType @struct:
                writer.WriteStartObject();
                writer.WriteString("type", "struct");
                WriteFields(writer, @struct.Fields);
                writer.WriteEndObject();
                break;
            case ListType list:
                writer.WriteStartObject();
                writer.WriteString("type", "list");
                writer.WriteNumber("element-id", list.ElementId);
                writer.WritePropertyName("element");
                WriteType(writer, list.Element);
                writer.WriteBoolean("element-required", list.ElementRequired);
                writer.WriteEndObject();
                break;
            case MapType map:
                writer.WriteStartObject();
                writer.WriteString("type", "map");
                writer.WriteNumber("key-id", map.KeyId);
                writer.WritePropertyName("key");
                WriteType(writer, map.Key);
                writer.WriteNumber("value-id", map.ValueId);
                writer.WritePropertyName("value");
                WriteType(writer, map.Value);
                writer.WriteBoolean("value-required", map.ValueRequired);
                writer.WriteEndObject();
                break;
        }
    }

    /// <summary>Parses a primitive type name: <c>long</c>, <c>decimal(9, 2)</c>, <c>fixed[16]</c>…</summary>
    public static PrimitiveType ParsePrimitive(string name, string where)
    {
        var text = name.Trim();
        switch (text)
        {
            case "boolean": return IcebergType.Boolean;
            case "int": return IcebergType.Int;
            case "long": return IcebergType.Long;
            case "float": return IcebergType.Float;
            case "double": return IcebergType.Double;
            case "date": return IcebergType.Date;
            case "time": return IcebergType.Time;
            case "timestamp": return IcebergType.Timestamp;
            case "timestamptz": return IcebergType.TimestampTz;
            case "string": return IcebergType.String;
            case "uuid": return IcebergType.Uuid;
            case "binary": return IcebergType.Binary;
        }
        if (text.StartsWith("decimal(", StringComparison.Ordinal) && text.EndsWith(')'))
        {
            var parts = text[8..^1].Split(',');
            if (parts.Length == 2 && int.TryParse(parts[0].Trim(), out var precision) && int.TryParse(parts[1].Trim(), out var scale))
                return IcebergType.Decimal(precision, scale);
        }
        if (text.StartsWith("fixed[", StringComparison.Ordinal) && text.EndsWith(']') && int.TryParse(text[6..^1].Trim(), out var length))
            return IcebergType.Fixed(length);
        throw new IcebergFormatException($"{where} has unknown type '{name}'");
    }

    private static List<NestedField> ReadFields(JsonElement fields, string where)
    {
        var result = new List<NestedField>();
        foreach (var field in JsonRead.Array(fields, "fields", where))
        {
            var id = JsonRead.Int(JsonRead.Required(field, "id", where), "id", where);
            var fieldWhere = $"{where}, field {id}";
            var name = JsonRead.String(JsonRead.Required(field, "name", fieldWhere), "name", fieldWhere);
            fieldWhere = $"{where}, field {id} '{name}'";
            var required = JsonRead.Bool(JsonRead.Required(field, "required", fieldWhere), "required", fieldWhere);
            var type = ReadType(JsonRead.Required(field, "type", fieldWhere), fieldWhere);
            var doc = field.TryGetProperty("doc", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            result.Add(new NestedField(id, name, required, type, doc));
        }
        return result;
    }

    private static void WriteFields(Utf8JsonWriter writer, IReadOnlyList<NestedField> fields)
    {
        writer.WriteStartArray("fields");
        foreach (var field in fields)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", field.Id);
            writer.WriteString("name", field.Name);
            writer.WriteBoolean("required", field.Required);
            writer.WritePropertyName("type");
            WriteType(writer, field.Type);
            if (field.Doc is not null)
                writer.WriteString("doc", field.Doc);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
