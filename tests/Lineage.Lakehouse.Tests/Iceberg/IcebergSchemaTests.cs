using Lineage.Lakehouse.Iceberg;
using Lineage.Lakehouse.Iceberg.Schemas;
using ArrowDecimal128Type = Apache.Arrow.Types.Decimal128Type;
using ArrowFixedSizeBinaryType = Apache.Arrow.Types.FixedSizeBinaryType;
using ArrowListType = Apache.Arrow.Types.ListType;
using ArrowStructType = Apache.Arrow.Types.StructType;
using ArrowTimestampType = Apache.Arrow.Types.TimestampType;
using Lineage.Lakehouse.Arrow;
using IcebergMapType = Lineage.Lakehouse.Iceberg.Schemas.MapType;

namespace Lineage.Lakehouse.Tests.Iceberg;

public class IcebergSchemaTests
{
    private static readonly IcebergSchema Nested = new(3,
    [
        NestedField.Require(1, "id", IcebergType.Long, "row id"),
        NestedField.Optional(2, "price", IcebergType.Decimal(10, 2)),
        NestedField.Optional(3, "hash", IcebergType.Fixed(16)),
        NestedField.Optional(4, "tags", new ListType(7, IcebergType.String, false)),
        NestedField.Optional(5, "point", new StructType([NestedField.Require(8, "x", IcebergType.Double), NestedField.Optional(9, "y", IcebergType.Double)])),
        NestedField.Optional(6, "attributes", new MapType(10, IcebergType.String, 11, IcebergType.Int, true)),
        NestedField.Optional(12, "at", IcebergType.TimestampTz),
        NestedField.Optional(13, "local", IcebergType.Timestamp),
        NestedField.Optional(14, "uid", IcebergType.Uuid),
    ], identifierFieldIds: [1]);

    [Fact]
    public void Schema_json_round_trips_with_nested_types_docs_and_identifier_fields()
    {
        var json = Nested.ToJson();
        var again = IcebergSchema.FromJson(json);

        Assert.Equal(json, again.ToJson());
        Assert.Equal(Nested.Fields, again.Fields);
        Assert.Equal([1], again.IdentifierFieldIds);
        Assert.Contains("\"type\":\"decimal(10, 2)\"", json);
        Assert.Contains("\"type\":\"fixed[16]\"", json);
        Assert.Contains("\"element-id\":7", json);
        Assert.Contains("\"element-required\":false", json);
        Assert.Contains("\"key-id\":10", json);
        Assert.Contains("\"value-required\":true", json);
    }

    [Fact]
    public void Highest_field_id_counts_nested_element_key_and_value_ids()
    {
        Assert.Equal(14, Nested.HighestFieldId);
    }

    [Fact]
    public void Fields_are_found_by_id_and_by_dotted_name()
    {
        Assert.Equal("x", Nested.FindField(8)!.Name);
        Assert.Equal("element", Nested.FindField(7)!.Name);
        Assert.Equal(9, Nested.FindField("point.y")!.Id);
        Assert.Null(Nested.FindField("nope"));
        Assert.Null(Nested.FindField(99));
    }

    [Fact]
    public void Duplicate_field_ids_are_refused()
    {
        var error = Assert.Throws<IcebergFormatException>(() => new IcebergSchema(0,
            [NestedField.Optional(1, "a", IcebergType.Int), NestedField.Optional(2, "b", new ListType(1, IcebergType.Int, true))]));
        Assert.Contains("field id 1", error.Message);
    }

    [Fact]
    public void Unknown_type_names_are_a_format_error_naming_the_field()
    {
        var error = Assert.Throws<IcebergFormatException>(() =>
            IcebergSchema.FromJson("""{"type":"struct","schema-id":0,"fields":[{"id":1,"name":"v","required":true,"type":"varchar"}]}"""));
        Assert.Contains("'v'", error.Message);
        Assert.Contains("varchar", error.Message);
    }

    [Fact]
    public void The_Arrow_schema_carries_field_ids_on_every_field_including_list_elements_and_map_parts()
    {
        var arrow = IcebergArrowSchema.ToArrow(Nested);

        var tags = arrow.GetFieldByName("tags");
        Assert.Equal(4, IcebergArrowSchema.FieldId(tags));
        var element = ((ArrowListType)tags.DataType).ValueField;
        Assert.Equal(7, IcebergArrowSchema.FieldId(element));
        Assert.True(element.IsNullable);
        var point = (ArrowStructType)arrow.GetFieldByName("point").DataType;
        Assert.Equal([8, 9], point.Fields.Select(f => IcebergArrowSchema.FieldId(f)!.Value));
        Assert.False(arrow.FieldsList[0].IsNullable);
        Assert.Equal("UTC", ((ArrowTimestampType)arrow.GetFieldByName("at").DataType).Timezone);
        Assert.True(string.IsNullOrEmpty(((ArrowTimestampType)arrow.GetFieldByName("local").DataType).Timezone));
        Assert.True(IcebergArrowSchema.IsUuid(arrow.GetFieldByName("uid")));
        var price = (ArrowDecimal128Type)arrow.GetFieldByName("price").DataType;
        Assert.Equal((10, 2), (price.Precision, price.Scale));
        Assert.Equal(16, ((ArrowFixedSizeBinaryType)arrow.GetFieldByName("hash").DataType).ByteWidth);
        Assert.False(IcebergArrowSchema.IsUuid(arrow.GetFieldByName("hash")));
    }

    [Fact]
    public void An_Iceberg_schema_survives_the_trip_through_Arrow()
    {
        var back = IcebergArrowSchema.ToIceberg(IcebergArrowSchema.ToArrow(Nested));

        Assert.Equal(Nested.Fields.Select(f => f with { Doc = null }), back.Fields);
        Assert.IsType<IcebergMapType>(back.FindField("attributes")!.Type);
    }
}
