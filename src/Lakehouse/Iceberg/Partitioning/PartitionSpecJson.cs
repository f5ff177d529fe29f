using System.Text.Json;

namespace Lineage.Lakehouse.Iceberg.Partitioning;

/// <summary>Reads and writes partition specs (<c>{"spec-id": 0, "fields": [{"name", "transform", "source-id", "field-id"}]}</c>).</summary>
internal static class PartitionSpecJson
{
    public static PartitionSpec Read(string json) => JsonText.Parse(json, "partition spec", e => Read(e, null));

    /// <param name="legacyNextFieldId">For v1 specs without field ids: the id to give the first field (ids then count up).</param>
    public static PartitionSpec Read(JsonElement element, int? legacyNextFieldId)
    {
        var specId = JsonRead.Optional(element, "spec-id") is { } id ? JsonRead.Int(id, "spec-id", "partition spec") : 0;
        return new PartitionSpec(specId, ReadFields(JsonRead.Required(element, "fields", $"partition spec {specId}"), specId, legacyNextFieldId));
    }

    public static List<PartitionField> ReadFields(JsonElement fields, int specId, int? legacyNextFieldId)
    {
        var where = $"partition spec {specId}";
        var result = new List<PartitionField>();
        var nextId = legacyNextFieldId ?? PartitionSpec.FirstFieldId;
        foreach (var field in JsonRead.Array(fields, "fields", where))
        {
            var name = JsonRead.String(JsonRead.Required(field, "name", where), "name", where);
            var fieldWhere = $"{where}, field '{name}'";
            var fieldId = JsonRead.Optional(field, "field-id") is { } f ? JsonRead.Int(f, "field-id", fieldWhere) : nextId;
            nextId = fieldId + 1;
            result.Add(new PartitionField(
                JsonRead.Int(JsonRead.Required(field, "source-id", fieldWhere), "source-id", fieldWhere),
                fieldId,
                name,
                Transform.Parse(JsonRead.String(JsonRead.Required(field, "transform", fieldWhere), "transform", fieldWhere))));
        }
        return result;
    }

    public static string Write(PartitionSpec spec) => JsonText.Write(w => Write(w, spec), indented: false);

    public static string WriteFields(PartitionSpec spec) => JsonText.Write(w => WriteFields(w, spec), indented: false);

    public static void Write(Utf8JsonWriter writer, PartitionSpec spec)
    {
        writer.WriteStartObject();
        writer.WriteNumber("spec-id", spec.SpecId);
        writer.WritePropertyName("fields");
        WriteFields(writer, spec);
        writer.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter writer, PartitionSpec spec)
    {
        writer.WriteStartArray();
        foreach (var field in spec.Fields)
        {
            writer.WriteStartObject();
            writer.WriteString("name", field.Name);
            writer.WriteString("transform", field.Transform.ToString());
            writer.WriteNumber("source-id", field.SourceId);
            writer.WriteNumber("field-id", field.FieldId);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
