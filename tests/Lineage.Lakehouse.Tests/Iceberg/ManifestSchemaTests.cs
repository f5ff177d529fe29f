using System.Text.Json.Nodes;
using Avro.File;
using Lineage.Lakehouse.Iceberg.AvroFiles;
using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.Iceberg.Partitioning;

namespace Lineage.Lakehouse.Tests.Iceberg;

public class ManifestSchemaTests
{
    [Fact]
    public void Written_manifest_header_has_field_ids_everywhere_and_the_spec_record_names()
    {
        var header = AvroFileCheck.Validate(WriteManifest());
        var root = SchemaOf(header);

        Assert.Equal("manifest_entry", root["name"]!.GetValue<string>());
        var dataFile = Record(Field(root, "data_file")["type"]!);
        Assert.Equal("r2", dataFile["name"]!.GetValue<string>());
        var partition = Record(Field(dataFile, "partition")["type"]!);
        Assert.Equal("r102", partition["name"]!.GetValue<string>());
        Assert.Equal([1000, 1001], partition["fields"]!.AsArray().Select(f => f!["field-id"]!.GetValue<int>()));
        AssertIdsEverywhere(root);
        Assert.True(Field(dataFile, "column_sizes").ContainsKey("default"));
    }

    [Fact]
    public void Written_manifest_header_carries_schema_spec_fields_ids_version_and_content()
    {
        var header = AvroFileCheck.Validate(WriteManifest());

        Assert.Equal(HandWrittenTable.Schema.ToJson(), header.GetString("schema"));
        Assert.Equal("0", header.GetString("schema-id"));
        Assert.Equal("0", header.GetString("partition-spec-id"));
        Assert.Equal("2", header.GetString("format-version"));
        Assert.Equal("data", header.GetString("content"));
        Assert.Equal("deflate", header.GetString(DataFileConstants.MetaDataCodec));
        var spec = JsonNode.Parse(header.GetString("partition-spec")!);
        Assert.IsType<JsonArray>(spec);
        Assert.Equal(1000, spec![0]!["field-id"]!.GetValue<int>());
        Assert.Equal("identity", spec[0]!["transform"]!.GetValue<string>());
    }

    [Fact]
    public void Manifest_entry_schema_equals_the_one_Spark_wrote_for_the_same_partition_spec()
    {
        const string table = "spark-rename_column";
        var metadata = TableMetadata.FromJson(File.ReadAllText(IcebergFixtures.MetadataFile(table, "v3.metadata.json")));
        var spark = SchemaOf(IcebergFixtures.MetadataFile(table, "abf62b15-903b-40b6-9e6b-26bcdceac9b3-m0.avro"));

        var ours = JsonNode.Parse(ManifestSchemas.ManifestEntryAvro(metadata.DefaultSpec.PartitionType(metadata.SchemaById(0))).Json);

        Assert.True(JsonNode.DeepEquals(spark, ours), $"ours:  {ours!.ToJsonString()}\nspark: {spark.ToJsonString()}");
    }

    [Fact]
    public void Manifest_list_schema_has_every_field_Spark_wrote_with_the_same_id_name_and_type()
    {
        var theirs = SchemaOf(IcebergFixtures.MetadataFile(
            "spark-rename_column", "snap-5276958600260276572-1-abf62b15-903b-40b6-9e6b-26bcdceac9b3.avro"));
        var ours = JsonNode.Parse(ManifestSchemas.ManifestFileAvro.Json)!.AsObject();

        Assert.Equal("manifest_file", ours["name"]!.GetValue<string>());
        foreach (var field in theirs["fields"]!.AsArray().Select(f => f!.AsObject()))
        {
            var match = Field(ours, field["name"]!.GetValue<string>());
            Assert.Equal(field["field-id"]!.GetValue<int>(), match["field-id"]!.GetValue<int>());
            Assert.True(JsonNode.DeepEquals(field["type"], match["type"]), field["name"]!.GetValue<string>());
        }
        Assert.Equal("r508", Record(Field(ours, "partitions")["type"]!)["name"]!.GetValue<string>());
        AssertIdsEverywhere(ours);
    }

    [Fact]
    public void A_manifest_list_we_write_carries_the_schema_as_Iceberg_writes_it()
    {
        var stream = new MemoryStream();
        using (new ManifestListWriter(stream, 1, null, 1))
        {
        }

        var header = AvroFileCheck.Validate(stream.ToArray());

        Assert.Equal(ManifestSchemas.ManifestFileAvro.Json, header.GetString(DataFileConstants.MetaDataSchema));
        Assert.Equal("1", header.GetString("snapshot-id"));
        Assert.Equal("null", header.GetString("parent-snapshot-id"));
    }

    private static byte[] WriteManifest()
    {
        var stream = new MemoryStream();
        var writer = new ManifestWriter(stream, HandWrittenTable.Schema, HandWrittenTable.Spec, 1, 1);
        writer.Add(new DataFile
        {
            FilePath = "file:/t/data/a.parquet",
            Partition = new PartitionData([new DateOnly(2026, 11, 20), "sto3g"]),
            RecordCount = 1,
            FileSizeInBytes = 10,
        });
        writer.Finish("file:/t/metadata/m0.avro");
        return stream.ToArray();
    }

    private static JsonObject SchemaOf(string file) => SchemaOf(AvroFileCheck.Validate(File.ReadAllBytes(file)));

    private static JsonObject SchemaOf(AvroContainerHeader header) => JsonNode.Parse(header.GetString(DataFileConstants.MetaDataSchema)!)!.AsObject();

    private static JsonObject Field(JsonObject record, string name) =>
        record["fields"]!.AsArray().Select(f => f!.AsObject()).Single(f => f["name"]!.GetValue<string>() == name);

    private static JsonObject Record(JsonNode schema) => schema switch
    {
        JsonObject record when record["type"]!.GetValue<string>() == "record" => record,
        JsonObject array when array["type"]!.GetValue<string>() == "array" => Record(array["items"]!),
        JsonArray union => Record(union.Single(b => b is not JsonValue)!),
        _ => throw new InvalidOperationException(schema.ToJsonString()),
    };

    private static void AssertIdsEverywhere(JsonNode schema)
    {
        switch (schema)
        {
            case JsonArray union:
                foreach (var branch in union)
                    AssertIdsEverywhere(branch!);
                break;
            case JsonObject record when record["type"]!.GetValue<string>() == "record":
                foreach (var field in record["fields"]!.AsArray().Select(f => f!.AsObject()))
                {
                    Assert.True(field.ContainsKey("field-id"), $"field {record["name"]}.{field["name"]} has no field-id");
                    if (field["type"] is JsonArray)
                        Assert.True(field.ContainsKey("default") && field["default"] is null, $"optional field {field["name"]} has no null default");
                    AssertIdsEverywhere(field["type"]!);
                }
                break;
            case JsonObject array when array["type"]!.GetValue<string>() == "array":
                Assert.True(array.ContainsKey("element-id") || array["logicalType"]?.GetValue<string>() == "map", $"array {array.ToJsonString()} has no element-id");
                AssertIdsEverywhere(array["items"]!);
                break;
            case JsonObject map when map["type"]!.GetValue<string>() == "map":
                Assert.True(map.ContainsKey("key-id") && map.ContainsKey("value-id"));
                AssertIdsEverywhere(map["values"]!);
                break;
        }
    }
}
