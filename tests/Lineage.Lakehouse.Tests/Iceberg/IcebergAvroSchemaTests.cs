using System.Text.Json.Nodes;
using Avro;
using Lineage.Lakehouse.Iceberg.AvroFiles;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Values;

namespace Lineage.Lakehouse.Tests.Iceberg;

public class IcebergAvroSchemaTests
{
    [Fact]
    public void Nested_types_become_records_arrays_and_maps_with_their_ids()
    {
        var type = new StructType(
        [
            NestedField.Optional(4, "tags", new ListType(7, IcebergType.String, false)),
            NestedField.Require(5, "point", new StructType([NestedField.Require(8, "x", IcebergType.Double)])),
            NestedField.Optional(6, "by_name", new MapType(10, IcebergType.String, 11, IcebergType.Int, true)),
            NestedField.Optional(12, "by_id", new MapType(13, IcebergType.Int, 14, IcebergType.String, false)),
        ]);

        var json = IcebergAvroSchema.ForStruct(type, "row");

        var tags = json["fields"]![0]!;
        Assert.Equal(4, tags["field-id"]!.GetValue<int>());
        Assert.Equal(7, tags["type"]![1]!["element-id"]!.GetValue<int>());
        Assert.Equal("null", tags["type"]![1]!["items"]![0]!.GetValue<string>());
        Assert.Equal("r5", json["fields"]![1]!["type"]!["name"]!.GetValue<string>());
        Assert.Equal(8, json["fields"]![1]!["type"]!["fields"]![0]!["field-id"]!.GetValue<int>());
        var byName = json["fields"]![2]!["type"]![1]!;
        Assert.Equal(("map", 10, 11), (byName["type"]!.GetValue<string>(), byName["key-id"]!.GetValue<int>(), byName["value-id"]!.GetValue<int>()));
        var byId = json["fields"]![3]!["type"]![1]!;
        Assert.Equal(("array", "map", "k13_v14"), (byId["type"]!.GetValue<string>(), byId["logicalType"]!.GetValue<string>(), byId["items"]!["name"]!.GetValue<string>()));
        Assert.IsType<RecordSchema>(IcebergAvroRecord.Parse(json).Schema);
    }

    [Fact]
    public void Primitive_types_use_Avro_logical_types()
    {
        Assert.Equal("""{"type":"int","logicalType":"date"}""", IcebergAvroSchema.ForPrimitive(IcebergType.Date).ToJsonString());
        Assert.Equal("""{"type":"long","logicalType":"timestamp-micros","adjust-to-utc":true}""", IcebergAvroSchema.ForPrimitive(IcebergType.TimestampTz).ToJsonString());
        Assert.Equal("""{"type":"long","logicalType":"timestamp-micros","adjust-to-utc":false}""", IcebergAvroSchema.ForPrimitive(IcebergType.Timestamp).ToJsonString());
        Assert.Equal("""{"type":"fixed","name":"uuid_fixed","size":16,"logicalType":"uuid"}""", IcebergAvroSchema.ForPrimitive(IcebergType.Uuid).ToJsonString());
        Assert.Equal(
            """{"type":"fixed","name":"decimal_12_3","size":6,"logicalType":"decimal","precision":12,"scale":3}""",
            IcebergAvroSchema.ForPrimitive(IcebergType.Decimal(12, 3)).ToJsonString());
    }

    [Fact]
    public void A_fixed_type_used_twice_is_defined_once_and_the_schema_parses_with_uuid_on_fixed()
    {
        var type = new StructType(
        [
            NestedField.Optional(1, "a", IcebergType.Uuid),
            NestedField.Optional(2, "b", IcebergType.Uuid),
            NestedField.Require(3, "c", IcebergType.Decimal(9, 2)),
        ]);

        var json = IcebergAvroSchema.ForStruct(type, "row");
        var parsed = IcebergAvroRecord.Parse(json).Schema;

        Assert.Equal("uuid_fixed", json["fields"]![1]!["type"]![1]!.GetValue<string>());
        var uuid = Assert.IsType<LogicalSchema>(((UnionSchema)parsed["a"].Schema)[1]);
        Assert.Same(uuid.BaseSchema, ((UnionSchema)parsed["b"].Schema)[1]);
        Assert.Equal(16, Assert.IsType<FixedSchema>(uuid.BaseSchema).Size);
    }

    [Fact]
    public void Decimal_partition_values_are_sign_extended_to_the_fixed_width_and_read_back()
    {
        var type = IcebergType.Decimal(12, 3);

        var avro = (byte[])AvroValueMapping.ToAvro(type, -1.5m)!;

        Assert.Equal("FFFFFFFFFA24", Convert.ToHexString(avro));
        Assert.Equal(-1.500m, AvroValueMapping.FromAvro(type, avro));
    }
}
