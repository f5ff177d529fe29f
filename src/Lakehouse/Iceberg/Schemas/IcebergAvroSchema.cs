using Lineage.Lakehouse.Iceberg.Values;
using System.Text.Json.Nodes;

namespace Lineage.Lakehouse.Iceberg.Schemas;

/// <summary>
/// Iceberg types as Avro schema JSON the way Iceberg writes it (Appendix A): every field carries <c>field-id</c>,
/// optional fields are <c>["null", T]</c> with a null default, nested structs are records named <c>r&lt;field id&gt;</c>,
/// lists carry <c>element-id</c>, string-keyed maps <c>key-id</c>/<c>value-id</c>, other maps are arrays of
/// <c>k&lt;key id&gt;_v&lt;value id&gt;</c> records marked <c>"logicalType": "map"</c>. A named fixed type used twice is
/// defined once and then referred to by name, as Avro requires.
/// </summary>
internal sealed class IcebergAvroSchema
{
    private readonly HashSet<string> _definedNames = [];

    private IcebergAvroSchema()
    {
    }

    /// <summary>A record named <paramref name="recordName"/> holding the struct's fields.</summary>
    public static JsonObject ForStruct(StructType type, string recordName) => new IcebergAvroSchema().Struct(type, recordName);

    public static JsonNode ForPrimitive(PrimitiveType type) => new IcebergAvroSchema().Primitive(type);

    private JsonObject Struct(StructType type, string recordName) => new()
    {
        ["type"] = "record",
        ["name"] = recordName,
        ["fields"] = new JsonArray(type.Fields.Select(JsonNode (field) => Field(field)).ToArray()),
    };

    private JsonObject Field(NestedField field)
    {
        var schema = Type(field.Type, field.Id);
        var json = new JsonObject { ["name"] = field.Name, ["type"] = field.Required ? schema : Optional(schema) };
        if (field.Doc is not null)
            json["doc"] = field.Doc;
        if (!field.Required)
            json["default"] = null;
        json["field-id"] = field.Id;
        return json;
    }

    /// <param name="fieldId">The id of the field holding the type; names the record of a nested struct.</param>
    private JsonNode Type(IcebergType type, int fieldId) => type switch
    {
        PrimitiveType primitive => Primitive(primitive),
        StructType @struct => Struct(@struct, $"r{fieldId}"),
        ListType list => new JsonObject
        {
            ["type"] = "array",
            ["items"] = Element(list.Element, list.ElementId, list.ElementRequired),
            ["element-id"] = list.ElementId,
        },
        MapType { Key: PrimitiveType { Kind: PrimitiveKind.String } } map => new JsonObject
        {
            ["type"] = "map",
            ["values"] = Element(map.Value, map.ValueId, map.ValueRequired),
            ["key-id"] = map.KeyId,
            ["value-id"] = map.ValueId,
        },
        MapType map => new JsonObject
        {
            ["type"] = "array",
            ["items"] = Struct(
                new StructType([new NestedField(map.KeyId, "key", true, map.Key), new NestedField(map.ValueId, "value", map.ValueRequired, map.Value)]),
                $"k{map.KeyId}_v{map.ValueId}"),
            ["logicalType"] = "map",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown Iceberg type."),
    };

    private JsonNode Primitive(PrimitiveType type) => type.Kind switch
    {
        PrimitiveKind.Boolean => "boolean",
        PrimitiveKind.Int => "int",
        PrimitiveKind.Long => "long",
        PrimitiveKind.Float => "float",
        PrimitiveKind.Double => "double",
        PrimitiveKind.String => "string",
        PrimitiveKind.Binary => "bytes",
        PrimitiveKind.Date => new JsonObject { ["type"] = "int", ["logicalType"] = "date" },
        PrimitiveKind.Time => new JsonObject { ["type"] = "long", ["logicalType"] = "time-micros" },
        PrimitiveKind.Timestamp => new JsonObject { ["type"] = "long", ["logicalType"] = "timestamp-micros", ["adjust-to-utc"] = false },
        PrimitiveKind.TimestampTz => new JsonObject { ["type"] = "long", ["logicalType"] = "timestamp-micros", ["adjust-to-utc"] = true },
        PrimitiveKind.Uuid => Fixed("uuid_fixed", 16, ("logicalType", "uuid")),
        PrimitiveKind.Fixed => Fixed($"fixed_{type.Length}", type.Length),
        PrimitiveKind.Decimal => Fixed(
            $"decimal_{type.Precision}_{type.Scale}", DecimalLayout.ByteWidth(type.Precision),
            ("logicalType", "decimal"), ("precision", type.Precision), ("scale", type.Scale)),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown primitive type."),
    };

    private JsonNode Fixed(string name, int size, params (string Key, JsonNode Value)[] attributes)
    {
        if (!_definedNames.Add(name))
            return name;
        var json = new JsonObject { ["type"] = "fixed", ["name"] = name, ["size"] = size };
        foreach (var (key, value) in attributes)
            json[key] = value;
        return json;
    }

    private JsonNode Element(IcebergType type, int id, bool required)
    {
        var schema = Type(type, id);
        return required ? schema : Optional(schema);
    }

    private static JsonArray Optional(JsonNode schema) => ["null", schema];
}
