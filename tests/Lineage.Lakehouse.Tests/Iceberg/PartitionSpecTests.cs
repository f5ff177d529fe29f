using Lineage.Lakehouse.Iceberg;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Values;

namespace Lineage.Lakehouse.Tests.Iceberg;

public class PartitionSpecTests
{
    private static readonly IcebergSchema Schema = HandWrittenTable.Schema;

    [Fact]
    public void Identity_partition_path_is_name_equals_value_per_field()
    {
        var partition = HandWrittenTable.Spec.Partition(Schema, id => id == 2 ? new DateOnly(2026, 11, 20) : "sto3g");

        Assert.Equal("processing_date=2026-11-20/basis_set=sto3g", HandWrittenTable.Spec.PathOf(Schema, partition));
    }

    [Fact]
    public void Partition_path_values_are_url_escaped_and_nulls_are_written_as_null()
    {
        var partition = new PartitionData([new DateOnly(2026, 1, 2), "cc pvdz/a=b"]);
        var missing = new PartitionData([new DateOnly(2026, 1, 2), null]);

        Assert.Equal("processing_date=2026-01-02/basis_set=cc+pvdz%2Fa%3Db", HandWrittenTable.Spec.PathOf(Schema, partition));
        Assert.Equal("processing_date=2026-01-02/basis_set=null", HandWrittenTable.Spec.PathOf(Schema, missing));
    }

    [Theory]
    [InlineData("timestamptz", 1_795_000_000_000_000L, "2026-11-18T11:06:40Z")]
    [InlineData("timestamptz", 1_795_000_000_500_000L, "2026-11-18T11:06:40.500Z")]
    [InlineData("timestamp", 1_795_000_000_000_001L, "2026-11-18T11:06:40.000001")]
    [InlineData("timestamp", 1_795_000_020_000_000L, "2026-11-18T11:07")]
    [InlineData("time", 3_723_000_000L, "01:02:03")]
    [InlineData("decimal(9, 2)", 12.5, "12.50")]
    [InlineData("boolean", true, "true")]
    [InlineData("long", -3L, "-3")]
    public void Partition_values_print_as_Iceberg_Java_prints_them(string type, object value, string expected)
    {
        var primitive = IcebergSchemaTestTypes.Primitive(type);
        var normalized = value is double d ? (decimal)d : value;

        Assert.Equal(expected, IcebergValue.ToHumanString(primitive, normalized));
    }

    [Fact]
    public void Partition_type_has_partition_field_ids_names_and_result_types()
    {
        var type = HandWrittenTable.Spec.PartitionType(Schema);

        Assert.Equal(
            [NestedField.Optional(1000, "processing_date", IcebergType.Date), NestedField.Optional(1001, "basis_set", IcebergType.String)],
            type.Fields);
    }

    [Fact]
    public void Spec_json_round_trips_and_keeps_transforms_that_cannot_be_applied()
    {
        var spec = PartitionSpec.FromJson("""
            {"spec-id": 3, "fields": [
              {"name": "id_bucket", "transform": "bucket[16]", "source-id": 1, "field-id": 1000},
              {"name": "day", "transform": "day", "source-id": 5, "field-id": 1001},
              {"name": "basis_set", "transform": "identity", "source-id": 3, "field-id": 1002}]}
            """);

        Assert.Equal(spec.ToJson(), PartitionSpec.FromJson(spec.ToJson()).ToJson());
        Assert.Equal(new Transform("bucket", 16), spec.Fields[0].Transform);
        Assert.Equal(1002, spec.LastAssignedFieldId);
        Assert.Equal([IcebergType.Int, IcebergType.Date, IcebergType.String], spec.PartitionType(Schema).Fields.Select(f => f.Type));
        var error = Assert.Throws<IcebergFormatException>(() => spec.Partition(Schema, _ => 1L));
        Assert.Contains("bucket[16]", error.Message);
        Assert.StartsWith("[", spec.FieldsToJson());
    }

    [Theory]
    [InlineData("identity", "identity", null)]
    [InlineData("bucket[16]", "bucket", 16)]
    [InlineData("truncate[4]", "truncate", 4)]
    [InlineData("void", "void", null)]
    public void Transforms_parse_with_their_parameter_and_print_back(string text, string name, int? parameter)
    {
        var transform = Transform.Parse(text);

        Assert.Equal((name, parameter), (transform.Name, transform.Parameter));
        Assert.Equal(text, transform.ToString());
    }

    [Theory]
    [InlineData("bucket[")]
    [InlineData("bucket[x]")]
    [InlineData("")]
    public void Malformed_transforms_are_refused(string text)
    {
        Assert.Throws<IcebergFormatException>(() => Transform.Parse(text));
    }

    [Fact]
    public void Partition_tuples_compare_binary_values_by_content()
    {
        Assert.Equal(new PartitionData([new byte[] { 1, 2 }, "a"]), new PartitionData([new byte[] { 1, 2 }, "a"]));
        Assert.NotEqual(new PartitionData([new byte[] { 1, 2 }, "a"]), new PartitionData([new byte[] { 1, 3 }, "a"]));
    }

    [Fact]
    public void Partition_field_ids_below_1000_are_refused()
    {
        var error = Assert.Throws<IcebergFormatException>(() => new PartitionSpec(0, [PartitionField.Identity(1, 999, "id")]));
        Assert.Contains("999", error.Message);
    }

    [Fact]
    public void Unpartitioned_spec_has_an_empty_partition_type_and_next_id_1000()
    {
        Assert.Empty(PartitionSpec.Unpartitioned.PartitionType(Schema).Fields);
        Assert.Equal(999, PartitionSpec.Unpartitioned.LastAssignedFieldId);
    }
}
