using System.Text.Json;
using System.Text.Json.Nodes;
using Lineage.Lakehouse.Avro.Files;
using Lineage.Lakehouse.Avro.Schemas;
using Lineage.Lakehouse.Avro.Values;
using Lineage.Lakehouse.Tests.Avro.Support;
using Lineage.Lakehouse.Tests.Interop;

namespace Lineage.Lakehouse.Tests.Avro;

/// <summary>Our reader and writer against avsc, an independent implementation, with every codec.</summary>
public sealed class AvroInteropTests : IDisposable
{
    private static readonly byte[] Opaque = [0x00, 0xFF, 0x80, 0x7F];

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(AvroCodec.Null, "null")]
    [InlineData(AvroCodec.Deflate, "deflate")]
    [InlineData(AvroCodec.Snappy, "snappy")]
    public async Task Files_we_write_are_read_by_avsc_value_for_value(AvroCodec codec, string codecName)
    {
        var schema = AvroSamples.AllTypesSchema();
        var rows = AvroSamples.AllTypesRows(schema);
        var file = _folder.File($"ours-{codecName}.avro");
        WriteFile(file, schema, rows, codec);

        var avsc = await AvscReadout.ReadAsync(file);

        Assert.Equal(codecName, avsc.Codec);
        AssertSameJson(schema.ToJson(), avsc.Schema);
        Assert.Equal("32", avsc.MetadataHex("format-version"));
        Assert.Equal(Convert.ToHexStringLower(Opaque), avsc.MetadataHex("opaque"));
        Assert.Equal(rows.Count, avsc.Values.Count);
        for (var i = 0; i < rows.Count; i++)
            AvroJsonComparison.AssertMatches(schema, rows[i], avsc.Values[i], $"row {i}");
    }

    [Theory]
    [InlineData(AvroCodec.Null, "null")]
    [InlineData(AvroCodec.Deflate, "deflate")]
    [InlineData(AvroCodec.Snappy, "snappy")]
    public async Task Files_avsc_writes_are_read_by_us_value_for_value(AvroCodec codec, string codecName)
    {
        var file = _folder.File($"avsc-{codecName}.avro");
        await NodeScript.RunAsync("avro/write.mjs", file, codecName, "all-types");
        var avsc = await AvscReadout.ReadAsync(file);

        using var reader = AvroFileReader.Open(file);
        var ours = reader.Records().ToList();

        Assert.Equal(codec, reader.Codec);
        AssertSameJson(AvroSamples.SchemaText("all-types.avsc"), JsonDocument.Parse(reader.Schema.ToJson()).RootElement);
        Assert.Equal("2", reader.Metadata.GetString("format-version"));
        Assert.Equal(Opaque, reader.Metadata["opaque"]);
        Assert.Equal(avsc.Values.Count, ours.Count);
        for (var i = 0; i < ours.Count; i++)
            AvroJsonComparison.AssertMatches(reader.Schema, ours[i], avsc.Values[i], $"row {i}");
        Assert.Equal("Grüße, 世界 🚀", ours[0]["label"]);
        Assert.Equal(long.MaxValue, ours[0]["big"]);
        Assert.Equal(long.MinValue, ((Dictionary<string, object?>)ours[0]["counts"]!)["minimum"]);
        Assert.True(float.IsNaN((float)ours[1]["ratio"]!));
        Assert.Equal(-0.0, (double)((AvroRecord)ours[1]["point"]!)["x"]!);
        Assert.True(double.IsNegative((double)((AvroRecord)ours[1]["point"]!)["x"]!));
    }

    [Theory]
    [InlineData(AvroCodec.Null, "null")]
    [InlineData(AvroCodec.Deflate, "deflate")]
    [InlineData(AvroCodec.Snappy, "snappy")]
    public async Task An_iceberg_manifest_we_write_keeps_its_field_ids_for_avsc_and_for_us(AvroCodec codec, string codecName)
    {
        var schema = AvroSamples.ManifestSchema();
        var rows = AvroSamples.ManifestRows(schema);
        var file = _folder.File($"manifest-{codecName}.avro");
        WriteFile(file, schema, rows, codec);

        var avsc = await AvscReadout.ReadAsync(file);
        using var reader = AvroFileReader.Open(file);

        AssertSameJson(AvroSamples.SchemaText("manifest-entry.avsc"), avsc.Schema);
        AssertSameJson(AvroSamples.SchemaText("manifest-entry.avsc"), JsonDocument.Parse(reader.Schema.ToJson()).RootElement);
        var avscNames = AllRecordNames(avsc.AvscSchema).ToList();
        Assert.Equal(["manifest_entry", "r2", "r102", "k117_v118", "k119_v120", "k126_v127"], avscNames);
        Assert.Equal(rows.Count, avsc.Values.Count);
        for (var i = 0; i < rows.Count; i++)
            AvroJsonComparison.AssertMatches(schema, rows[i], avsc.Values[i], $"entry {i}");
        var readBack = reader.Records().ToList();
        for (var i = 0; i < rows.Count; i++)
            AvroJsonComparison.AssertMatches(schema, readBack[i], avsc.Values[i], $"entry {i} read back");
    }

    [Fact]
    public async Task An_iceberg_manifest_avsc_writes_is_read_with_its_attributes()
    {
        var file = _folder.File("avsc-manifest.avro");
        await NodeScript.RunAsync("avro/write.mjs", file, "deflate", "manifest");
        var avsc = await AvscReadout.ReadAsync(file);

        using var reader = AvroFileReader.Open(file);
        var entries = reader.Records().ToList();

        var dataFileField = ((AvroRecordSchema)reader.Schema).FindField("data_file")!;
        var dataFile = (AvroRecordSchema)dataFileField.Type;
        var partition = dataFile.FindField("partition")!;
        var splitOffsets = (AvroArraySchema)((AvroUnionSchema)dataFile.FindField("split_offsets")!.Type).OptionalType!;
        Assert.Equal(2, dataFileField.Attributes["field-id"].GetInt32());
        Assert.Equal(JsonValueKind.Number, partition.Attributes["field-id"].ValueKind);
        Assert.Equal(102, partition.Attributes["field-id"].GetInt32());
        Assert.Equal("r102", ((AvroRecordSchema)partition.Type).FullName);
        Assert.Equal(133, splitOffsets.Attributes["element-id"].GetInt32());
        Assert.Equal("map", ((AvroUnionSchema)dataFile.FindField("column_sizes")!.Type).OptionalType!.LogicalType);
        Assert.Equal(JsonValueKind.Null, dataFile.FindField("sort_order_id")!.Default!.Value.ValueKind);
        Assert.Equal(avsc.Values.Count, entries.Count);
        for (var i = 0; i < entries.Count; i++)
            AvroJsonComparison.AssertMatches(reader.Schema, entries[i], avsc.Values[i], $"entry {i}");
        Assert.Equal(6543210987654321098L, entries[0]["snapshot_id"]);
    }

    private static void WriteFile(string file, AvroSchema schema, IEnumerable<AvroRecord> rows, AvroCodec codec)
    {
        var metadata = new AvroMetadata([
            KeyValuePair.Create("format-version", "2"u8.ToArray()),
            KeyValuePair.Create("partition-spec", """[{"name":"processing_date","field-id":1000}]"""u8.ToArray()),
            KeyValuePair.Create("opaque", Opaque),
        ]);
        using var writer = new AvroFileWriter(File.Create(file), schema, new AvroFileWriterOptions
        {
            Codec = codec,
            Metadata = metadata,
            BlockSizeBytes = 2048,
        });
        foreach (var row in rows)
            writer.Append(row);
    }

    private static void AssertSameJson(string expected, JsonElement actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual.GetRawText());
        Assert.True(JsonNode.DeepEquals(expectedNode, actualNode), $"Expected {expectedNode?.ToJsonString()}\nbut got {actualNode?.ToJsonString()}");
    }

    private static IEnumerable<string> AllRecordNames(JsonElement schema)
    {
        switch (schema.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var branch in schema.EnumerateArray())
                {
                    foreach (var name in AllRecordNames(branch))
                        yield return name;
                }
                break;
            case JsonValueKind.Object:
                if (schema.GetProperty("type").GetString() == "record")
                {
                    yield return schema.GetProperty("name").GetString()!;
                    foreach (var field in schema.GetProperty("fields").EnumerateArray())
                    {
                        foreach (var name in AllRecordNames(field.GetProperty("type")))
                            yield return name;
                    }
                }
                foreach (var nested in new[] { "items", "values" })
                {
                    if (schema.TryGetProperty(nested, out var inner))
                    {
                        foreach (var name in AllRecordNames(inner))
                            yield return name;
                    }
                }
                break;
        }
    }
}
