using Lineage.Lakehouse.Iceberg;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Parquet.Schema;

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
    public void Parquet_schema_carries_field_ids_on_every_field_including_list_elements()
    {
        var schema = new IcebergSchema(0, Nested.Fields.Where(f => f.Type is not MapType).ToList());

        var parquet = IcebergParquetSchema.ToParquet(schema);

        var tags = Assert.IsType<ListField>(parquet.Fields[parquet.IndexOf("tags")]);
        Assert.Equal(4, tags.FieldId);
        Assert.Equal(7, tags.Element.FieldId);
        Assert.True(tags.Element.Nullable);
        var point = Assert.IsType<StructField>(parquet.Fields[parquet.IndexOf("point")]);
        Assert.Equal([8, 9], point.Fields.Select(f => f.FieldId!.Value));
        Assert.False(parquet.Fields[0].Nullable);
        Assert.Equal(ParquetValueType.TimestampMicros, ((PrimitiveField)parquet.Fields[parquet.IndexOf("at")]).Type);
        Assert.Equal(ParquetValueType.LocalTimestampMicros, ((PrimitiveField)parquet.Fields[parquet.IndexOf("local")]).Type);
        Assert.Equal(ParquetValueType.Uuid, ((PrimitiveField)parquet.Fields[parquet.IndexOf("uid")]).Type);
        var price = (PrimitiveField)parquet.Fields[parquet.IndexOf("price")];
        Assert.Equal((ParquetValueType.Decimal, 10, 2), (price.Type, price.Precision, price.Scale));
        Assert.Equal(16, ((PrimitiveField)parquet.Fields[parquet.IndexOf("hash")]).FixedLength);
    }

    [Fact]
    public void Maps_cannot_become_Parquet_columns_yet_and_say_so()
    {
        var error = Assert.Throws<IcebergFormatException>(() => IcebergParquetSchema.ToParquet(Nested));
        Assert.Contains("attributes", error.Message);
    }
}
