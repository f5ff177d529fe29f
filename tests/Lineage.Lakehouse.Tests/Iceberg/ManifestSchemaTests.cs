using System.Text.Json.Nodes;
using Lineage.Lakehouse.Avro.Files;
using Lineage.Lakehouse.Avro.Schemas;
using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.Iceberg.Partitioning;

namespace Lineage.Lakehouse.Tests.Iceberg;

public class ManifestSchemaTests
{
    [Fact]
    public void Written_manifest_header_has_field_ids_everywhere_and_the_spec_record_names()
    {
        using var stream = WriteManifest();
        using var reader = new AvroFileReader(stream);

        var root = Assert.IsType<AvroRecordSchema>(reader.Schema);
        Assert.Equal("manifest_entry", root.Name);
        var dataFile = Record(root.FindField("data_file")!.Type);
        Assert.Equal("r2", dataFile.Name);
        Assert.Equal("r102", Record(dataFile.FindField("partition")!.Type).Name);
        Assert.Equal([1000, 1001], Record(dataFile.FindField("partition")!.Type).Fields.Select(f => f.Attributes["field-id"].GetInt32()));
        AssertIdsEverywhere(root);
        Assert.True(dataFile.FindField("column_sizes")!.Default.HasValue);
    }

    [Fact]
    public void Written_manifest_header_carries_schema_spec_fields_ids_version_and_content()
    {
        using var stream = WriteManifest();
        using var reader = new AvroFileReader(stream);
        var metadata = reader.Metadata;

        Assert.Equal(HandWrittenTable.Schema.ToJson(), metadata.GetString("schema"));
        Assert.Equal("0", metadata.GetString("schema-id"));
        Assert.Equal("0", metadata.GetString("partition-spec-id"));
        Assert.Equal("2", metadata.GetString("format-version"));
        Assert.Equal("data", metadata.GetString("content"));
        var spec = JsonNode.Parse(metadata.GetString("partition-spec")!);
        Assert.IsType<JsonArray>(spec);
        Assert.Equal(1000, spec![0]!["field-id"]!.GetValue<int>());
        Assert.Equal("identity", spec[0]!["transform"]!.GetValue<string>());
    }

    [Fact]
    public void Manifest_entry_schema_equals_the_one_Spark_wrote_for_the_same_partition_spec()
    {
        const string table = "spark-rename_column";
        var metadata = TableMetadata.FromJson(File.ReadAllText(IcebergFixtures.MetadataFile(table, "v3.metadata.json")));
        using var spark = AvroFileReader.Open(IcebergFixtures.MetadataFile(table, "abf62b15-903b-40b6-9e6b-26bcdceac9b3-m0.avro"));

        var ours = ManifestSchemas.ManifestEntryAvro(metadata.DefaultSpec.PartitionType(metadata.SchemaById(0)));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(spark.Schema.ToJson()), JsonNode.Parse(ours.ToJson())),
            $"ours:  {ours.ToJson()}\nspark: {spark.Schema.ToJson()}");
    }

    [Fact]
    public void Manifest_list_schema_has_every_field_Spark_wrote_with_the_same_id_name_and_type()
    {
        using var spark = AvroFileReader.Open(IcebergFixtures.MetadataFile(
            "spark-rename_column", "snap-5276958600260276572-1-abf62b15-903b-40b6-9e6b-26bcdceac9b3.avro"));
        var theirs = Assert.IsType<AvroRecordSchema>(spark.Schema);
        var ours = ManifestSchemas.ManifestFileAvro;

        Assert.Equal("manifest_file", ours.Name);
        foreach (var field in theirs.Fields)
        {
            var match = ours.FindField(field.Name);
            Assert.NotNull(match);
            Assert.Equal(field.Attributes["field-id"].GetInt32(), match.Attributes["field-id"].GetInt32());
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(field.Type.ToJson()), JsonNode.Parse(match.Type.ToJson())), field.Name);
        }
        Assert.Equal("r508", Record(ours.FindField("partitions")!.Type).Name);
        AssertIdsEverywhere(ours);
    }

    private static MemoryStream WriteManifest()
    {
        var stream = new MemoryStream();
        using (var writer = new ManifestWriter(stream, HandWrittenTable.Schema, HandWrittenTable.Spec, 1, 1))
        {
            writer.Add(new DataFile
            {
                FilePath = "file:/t/data/a.parquet",
                Partition = new PartitionData([new DateOnly(2026, 11, 20), "sto3g"]),
                RecordCount = 1,
                FileSizeInBytes = 10,
            });
            writer.Finish("file:/t/metadata/m0.avro");
        }
        stream.Position = 0;
        return stream;
    }

    private static AvroRecordSchema Record(AvroSchema schema) => schema switch
    {
        AvroRecordSchema record => record,
        AvroUnionSchema union => Record(union.OptionalType!),
        AvroArraySchema array => Record(array.Items),
        _ => throw new InvalidOperationException(schema.ToJson()),
    };

    private static void AssertIdsEverywhere(AvroSchema schema)
    {
        switch (schema)
        {
            case AvroRecordSchema record:
                foreach (var field in record.Fields)
                {
                    Assert.True(field.Attributes.ContainsKey("field-id"), $"field {record.Name}.{field.Name} has no field-id");
                    if (field.Type is AvroUnionSchema)
                        Assert.True(field.Default.HasValue, $"optional field {field.Name} has no default");
                    AssertIdsEverywhere(field.Type);
                }
                break;
            case AvroUnionSchema union:
                foreach (var branch in union.Branches)
                    AssertIdsEverywhere(branch);
                break;
            case AvroArraySchema array:
                Assert.True(array.Attributes.ContainsKey("element-id") || array.LogicalType == "map", $"array {array.ToJson()} has no element-id");
                AssertIdsEverywhere(array.Items);
                break;
            case AvroMapSchema map:
                Assert.True(map.Attributes.ContainsKey("key-id") && map.Attributes.ContainsKey("value-id"));
                AssertIdsEverywhere(map.Values);
                break;
        }
    }
}
