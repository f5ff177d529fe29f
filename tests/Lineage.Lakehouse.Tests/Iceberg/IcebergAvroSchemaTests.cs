using System.Text.Json.Nodes;
using Lineage.Lakehouse.Avro.Schemas;
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

        var json = JsonNode.Parse(IcebergAvroSchema.ForStruct(type, "row").ToJson())!;

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
    }

    [Fact]
    public void Primitive_types_use_Avro_logical_types()
    {
        Assert.Equal("""{"type":"int","logicalType":"date"}""", IcebergAvroSchema.ForPrimitive(IcebergType.Date).ToJson());
        Assert.Equal("""{"type":"long","logicalType":"timestamp-micros","adjust-to-utc":true}""", IcebergAvroSchema.ForPrimitive(IcebergType.TimestampTz).ToJson());
        Assert.Equal("""{"type":"long","logicalType":"timestamp-micros","adjust-to-utc":false}""", IcebergAvroSchema.ForPrimitive(IcebergType.Timestamp).ToJson());
        var uuid = Assert.IsType<AvroFixedSchema>(IcebergAvroSchema.ForPrimitive(IcebergType.Uuid));
        Assert.Equal((16, "uuid"), (uuid.Size, uuid.LogicalType));
        var dec = Assert.IsType<AvroFixedSchema>(IcebergAvroSchema.ForPrimitive(IcebergType.Decimal(12, 3)));
        Assert.Equal((6, "decimal", "decimal_12_3"), (dec.Size, dec.LogicalType, dec.Name));
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
