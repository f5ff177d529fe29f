using System.Text.Json.Nodes;
using Avro;
using Avro.File;
using Lineage.Lakehouse.Iceberg.AvroFiles;
using Lineage.Lakehouse.Iceberg.Manifests;

namespace Lineage.Lakehouse.Tests.Iceberg;

/// <summary>Manifests and manifest lists in the v1 layout: required snapshot ids, no sequence numbers or content, a block size field.</summary>
public class VersionOneManifestTests
{
    private const string ManifestSchema = """
        {"type": "record", "name": "manifest_entry", "fields": [
          {"name": "status", "type": "int", "field-id": 0},
          {"name": "snapshot_id", "type": "long", "field-id": 1},
          {"name": "data_file", "field-id": 2, "type": {"type": "record", "name": "r2", "fields": [
            {"name": "file_path", "type": "string", "field-id": 100},
            {"name": "file_format", "type": "string", "field-id": 101},
            {"name": "partition", "field-id": 102, "type": {"type": "record", "name": "r102", "fields": [
              {"name": "day", "type": ["null", {"type": "int", "logicalType": "date"}], "default": null, "field-id": 1000}]}},
            {"name": "record_count", "type": "long", "field-id": 103},
            {"name": "file_size_in_bytes", "type": "long", "field-id": 104},
            {"name": "block_size_in_bytes", "type": "long", "field-id": 105},
            {"name": "value_counts", "type": ["null", {"type": "array", "logicalType": "map", "items": {"type": "record", "name": "k119_v120", "fields": [
              {"name": "key", "type": "int", "field-id": 119}, {"name": "value", "type": "long", "field-id": 120}]}}], "default": null, "field-id": 109}]}}]}
        """;

    private const string ListSchema = """
        {"type": "record", "name": "manifest_file", "fields": [
          {"name": "manifest_path", "type": "string", "field-id": 500},
          {"name": "manifest_length", "type": "long", "field-id": 501},
          {"name": "partition_spec_id", "type": "int", "field-id": 502},
          {"name": "added_snapshot_id", "type": ["null", "long"], "default": null, "field-id": 503},
          {"name": "added_data_files_count", "type": ["null", "int"], "default": null, "field-id": 504},
          {"name": "existing_data_files_count", "type": ["null", "int"], "default": null, "field-id": 505},
          {"name": "deleted_data_files_count", "type": ["null", "int"], "default": null, "field-id": 506}]}
        """;

    [Theory]
    [InlineData(Codec.Type.Deflate)]
    [InlineData(Codec.Type.Snappy)]
    public void Version_one_manifest_reads_with_sequence_number_zero(Codec.Type codec)
    {
        var schema = Parse(ManifestSchema);
        var dataFileSchema = (RecordSchema)schema.Schema["data_file"].Schema;
        var partitionSchema = (RecordSchema)dataFileSchema["partition"].Schema;
        var pairSchema = (RecordSchema)((ArraySchema)((UnionSchema)dataFileSchema["value_counts"].Schema)[1]).ItemSchema;
        var writer = new AvroRecordFileWriter(schema, codec, new Dictionary<string, string>
        {
            ["schema"] = """{"type":"struct","fields":[{"id":1,"name":"id","required":true,"type":"long"},{"id":2,"name":"day","required":false,"type":"date"}]}""",
            ["partition-spec"] = """[{"name":"day","transform":"identity","source-id":2,"field-id":1000}]""",
            ["partition-spec-id"] = "0",
        });
        var file = AvroFieldValues.Record(dataFileSchema, "file:/t/data/day=2020-01-02/a.parquet", "PARQUET", AvroFieldValues.Record(partitionSchema, 18263),
            3L, 512L, 67108864L, new[] { AvroFieldValues.Record(pairSchema, 1, 3L) });
        writer.Append(AvroFieldValues.Record(schema.Schema, 1, 42L, file));

        var manifest = ManifestReader.Read(new MemoryStream(writer.Finish()));

        Assert.Equal(1, manifest.FormatVersion);
        var entry = Assert.Single(manifest.Entries);
        Assert.Equal((42L, 0L, 0L), (entry.SnapshotId!.Value, entry.SequenceNumber!.Value, entry.FileSequenceNumber!.Value));
        Assert.Equal(DataFileContent.Data, entry.DataFile.Content);
        Assert.Equal(new DateOnly(2020, 1, 2), entry.DataFile.Partition[0]);
        Assert.Equal(3L, entry.DataFile.ValueCounts![1]);
        Assert.Null(entry.DataFile.LowerBounds);
    }

    [Fact]
    public void Version_one_manifest_list_reads_as_data_manifests_with_sequence_number_zero()
    {
        var schema = Parse(ListSchema);
        var writer = new AvroRecordFileWriter(schema, Codec.Type.Snappy, new Dictionary<string, string>());
        writer.Append(AvroFieldValues.Record(schema.Schema, "file:/t/metadata/m0.avro", 1234L, 0, 42L, 2, null, 0));
        var stream = new MemoryStream(writer.Finish());

        var manifest = Assert.Single(ManifestListReader.Read(stream));

        Assert.Equal(("file:/t/metadata/m0.avro", 1234L, 42L), (manifest.ManifestPath, manifest.ManifestLength, manifest.AddedSnapshotId));
        Assert.Equal((ManifestContent.Data, 0L, 0L), (manifest.Content, manifest.SequenceNumber, manifest.MinSequenceNumber));
        Assert.Equal((2, 0, 0), (manifest.AddedFilesCount, manifest.ExistingFilesCount, manifest.DeletedFilesCount));
    }

    private static IcebergAvroRecord Parse(string schema) => IcebergAvroRecord.Parse(JsonNode.Parse(schema)!.AsObject());
}
