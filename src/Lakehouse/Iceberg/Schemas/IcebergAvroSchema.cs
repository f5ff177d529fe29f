using Lineage.Lakehouse.Avro.Schemas;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Iceberg.Schemas;

/// <summary>
/// Iceberg types as Avro schemas the way Iceberg writes them (Appendix A): every field carries <c>field-id</c>,
/// optional fields are <c>["null", T]</c> with a null default, nested structs are records named <c>r&lt;field id&gt;</c>,
/// lists carry <c>element-id</c>, string-keyed maps <c>key-id</c>/<c>value-id</c>, other maps are arrays of
/// <c>k&lt;key id&gt;_v&lt;value id&gt;</c> records marked <c>"logicalType": "map"</c>.
/// </summary>
public static class IcebergAvroSchema
{
    /// <summary>A record named <paramref name="recordName"/> holding the struct's fields.</summary>
    public static AvroRecordSchema ForStruct(StructType type, string recordName) =>
        new(recordName, null, type.Fields.Select(ForField));

    /// <summary>The Avro field for an Iceberg field, with its <c>field-id</c> and doc.</summary>
    public static AvroField ForField(NestedField field)
    {
        var schema = ForType(field.Type, field.Id);
        var attributes = AvroAttributes.Of(("field-id", field.Id));
        return field.Required
            ? new AvroField(field.Name, schema, doc: field.Doc, attributes: attributes)
            : AvroField.Optional(field.Name, schema, field.Doc, attributes);
    }

    /// <param name="fieldId">The id of the field holding the type; names the record of a nested struct.</param>
    public static AvroSchema ForType(IcebergType type, int fieldId) => type switch
    {
        PrimitiveType primitive => ForPrimitive(primitive),
        StructType @struct => ForStruct(@struct, $"r{fieldId}"),
        ListType list => new AvroArraySchema(
            Element(list.Element, list.ElementId, list.ElementRequired),
            AvroAttributes.Of(("element-id", list.ElementId))),
        MapType { Key: PrimitiveType { Kind: PrimitiveKind.String } } map => new AvroMapSchema(
            Element(map.Value, map.ValueId, map.ValueRequired),
            AvroAttributes.Of(("key-id", map.KeyId), ("value-id", map.ValueId))),
        MapType map => new AvroArraySchema(
            ForStruct(
                new StructType([new NestedField(map.KeyId, "key", true, map.Key), new NestedField(map.ValueId, "value", map.ValueRequired, map.Value)]),
                $"k{map.KeyId}_v{map.ValueId}"),
            AvroAttributes.Of(("logicalType", "map"))),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown Iceberg type."),
    };

    public static AvroSchema ForPrimitive(PrimitiveType type) => type.Kind switch
    {
        PrimitiveKind.Boolean => AvroPrimitiveSchema.Boolean,
        PrimitiveKind.Int => AvroPrimitiveSchema.Int,
        PrimitiveKind.Long => AvroPrimitiveSchema.Long,
        PrimitiveKind.Float => AvroPrimitiveSchema.Float,
        PrimitiveKind.Double => AvroPrimitiveSchema.Double,
        PrimitiveKind.String => AvroPrimitiveSchema.String,
        PrimitiveKind.Binary => AvroPrimitiveSchema.Bytes,
        PrimitiveKind.Date => new AvroPrimitiveSchema(AvroSchemaKind.Int, AvroAttributes.Of(("logicalType", "date"))),
        PrimitiveKind.Time => new AvroPrimitiveSchema(AvroSchemaKind.Long, AvroAttributes.Of(("logicalType", "time-micros"))),
        PrimitiveKind.Timestamp => new AvroPrimitiveSchema(AvroSchemaKind.Long, AvroAttributes.Of(("logicalType", "timestamp-micros"), ("adjust-to-utc", false))),
        PrimitiveKind.TimestampTz => new AvroPrimitiveSchema(AvroSchemaKind.Long, AvroAttributes.Of(("logicalType", "timestamp-micros"), ("adjust-to-utc", true))),
        PrimitiveKind.Uuid => new AvroFixedSchema("uuid_fixed", null, 16, attributes: AvroAttributes.Of(("logicalType", "uuid"))),
        PrimitiveKind.Fixed => new AvroFixedSchema($"fixed_{type.Length}", null, type.Length),
        PrimitiveKind.Decimal => new AvroFixedSchema(
            $"decimal_{type.Precision}_{type.Scale}", null, DecimalLayout.ByteWidth(type.Precision),
            attributes: AvroAttributes.Of(("logicalType", "decimal"), ("precision", type.Precision), ("scale", type.Scale))),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown primitive type."),
    };

    private static AvroSchema Element(IcebergType type, int id, bool required)
    {
        var schema = ForType(type, id);
        return required ? schema : AvroUnionSchema.Optional(schema);
    }
}
