using System.Text.Json;
using System.Text.Json.Nodes;
using Avro.File;
using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Tests.Interop;
using Lineage.Lakehouse.Tests.IO;

namespace Lineage.Lakehouse.Tests.Iceberg;

/// <summary>
/// Manifests and manifest lists against avsc, an independent Avro implementation, with every codec we write: avsc
/// reads ours value for value (so our snappy framing and CRC-32 are the standard ones), and we read avsc's.
/// </summary>
public sealed class ManifestCodecInteropTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(Codec.Type.Null, "null")]
    [InlineData(Codec.Type.Deflate, "deflate")]
    [InlineData(Codec.Type.Snappy, "snappy")]
    public async Task Avsc_reads_the_manifest_and_manifest_list_we_write(Codec.Type codec, string codecName)
    {
        var manifestFile = _folder.File($"ours-{codecName}-m0.avro");
        ManifestFile listing;
        await using (var stream = File.Create(manifestFile))
        {
            var writer = new ManifestWriter(stream, HandWrittenTable.Schema, HandWrittenTable.Spec, snapshotId: 7, sequenceNumber: 3, codec);
            for (var i = 0; i < 300; i++)
                writer.Add(DataFile(i));
            listing = writer.Finish("file:" + manifestFile);
        }
        var listFile = _folder.File($"ours-{codecName}-snap.avro");
        await using (var stream = File.Create(listFile))
        {
            using var listWriter = new ManifestListWriter(stream, 7, parentSnapshotId: null, sequenceNumber: 3, codec);
            listWriter.Add(listing);
        }

        var manifest = await AvscReadout.ReadAsync(manifestFile);
        var list = await AvscReadout.ReadAsync(listFile);

        Assert.Equal((codecName, codecName), (manifest.Codec, list.Codec));
        Assert.Equal(300, manifest.Values.Count);
        var entry = manifest.Values[123].GetProperty("data_file");
        Assert.Equal("file:/t/data/f123.parquet", entry.GetProperty("file_path").GetString());
        Assert.Equal(123 * 10 + 1, entry.GetProperty("record_count").GetInt64());
        Assert.Equal("sto3g", entry.GetProperty("partition").GetProperty("basis_set").GetString());
        Assert.Equal(20411, entry.GetProperty("partition").GetProperty("processing_date").GetInt32());
        Assert.Equal("7b000000", entry.GetProperty("lower_bounds")[0].GetProperty("value").GetString());
        Assert.Equal(new FileInfo(manifestFile).Length, Assert.Single(list.Values).GetProperty("manifest_length").GetInt64());
        Assert.Equal(300, list.Values[0].GetProperty("added_data_files_count").GetInt32());
        var recordNames = RecordNames(manifest.AvscSchema).ToList();
        Assert.Equal(["manifest_entry", "r2", "r102", "k117_v118", "k119_v120", "k121_v122", "k138_v139", "k126_v127", "k129_v130"], recordNames);
        Assert.Equal("map", manifest.Schema.GetProperty("fields")[4].GetProperty("type").GetProperty("fields")[6].GetProperty("type")[1].GetProperty("logicalType").GetString());
    }

    [Theory]
    [InlineData("null")]
    [InlineData("deflate")]
    [InlineData("snappy")]
    public async Task We_read_the_manifest_avsc_writes(string codecName)
    {
        var file = _folder.File($"avsc-{codecName}.avro");
        await NodeScript.RunAsync("avro/write.mjs", file, codecName);

        var manifest = ManifestReader.Read(File.OpenRead(file), name: file);

        Assert.Equal(5, manifest.Entries.Count);
        var first = manifest.Entries[0];
        Assert.Equal((ManifestEntryStatus.Existing, 6543210987654321098L, null), (first.Status, first.SnapshotId, first.SequenceNumber));
        Assert.Equal("s3://warehouse/quantum_features/vqe_results/data/processing_date=2026-11-20/basis_set=sto3g/00000-0.parquet", first.DataFile.FilePath);
        Assert.Equal(new object?[] { 20412, "sto3g" }, first.DataFile.Partition.Values);
        Assert.Null(manifest.Entries[4].DataFile.Partition[1]);
        Assert.Equal(new[] { 4L, 1L << 20 }, first.DataFile.SplitOffsets);
        Assert.Equal(new byte[] { 1, 2, 3 }, manifest.Entries[1].DataFile.KeyMetadata);
        Assert.Null(manifest.Entries[2].DataFile.ValueCounts);
        Assert.Equal(2003L, manifest.Entries[3].DataFile.ColumnSizes![2]);
        Assert.Equal("4C4F0000", Convert.ToHexString(first.DataFile.LowerBounds![1]));
        Assert.Null(manifest.Entries[3].DataFile.SortOrderId);
    }

    private static DataFile DataFile(int i) => new()
    {
        FilePath = $"file:/t/data/f{i}.parquet",
        Partition = new PartitionData([new DateOnly(2025, 11, 19).AddDays(i % 3), "sto3g"]),
        RecordCount = i * 10 + 1,
        FileSizeInBytes = 1000 + i,
        ColumnSizes = new Dictionary<int, long> { [1] = 80 + i },
        ValueCounts = new Dictionary<int, long> { [1] = i * 10 + 1 },
        NullValueCounts = new Dictionary<int, long> { [1] = 0 },
        NanValueCounts = new Dictionary<int, long>(),
        LowerBounds = new Dictionary<int, byte[]> { [1] = BitConverter.GetBytes(i) },
        UpperBounds = new Dictionary<int, byte[]> { [1] = BitConverter.GetBytes(i + 1) },
        SplitOffsets = [4L],
    };

    private static IEnumerable<string> RecordNames(JsonElement schema)
    {
        var node = JsonNode.Parse(schema.GetRawText())!;
        return Walk(node);

        static IEnumerable<string> Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonArray branches:
                    foreach (var name in branches.SelectMany(Walk))
                        yield return name;
                    break;
                case JsonObject record when record["type"] is JsonValue type && type.GetValue<string>() == "record":
                    yield return record["name"]!.GetValue<string>();
                    foreach (var name in record["fields"]!.AsArray().SelectMany(f => Walk(f!["type"])))
                        yield return name;
                    break;
                case JsonObject container:
                    foreach (var name in Walk(container["items"]).Concat(Walk(container["values"])))
                        yield return name;
                    break;
            }
        }
    }
}
