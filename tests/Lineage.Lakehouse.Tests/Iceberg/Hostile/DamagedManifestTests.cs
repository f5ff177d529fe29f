using Avro.File;
using Lineage.Lakehouse.Iceberg.AvroFiles;
using Lineage.Lakehouse.Iceberg.Manifests;

namespace Lineage.Lakehouse.Tests.Iceberg.Hostile;

/// <summary>
/// Truncated and bit-flipped manifests and manifest lists (ours with every codec, and Spark's) either still read —
/// a flip inside a path or a bound changes a value, a cut right after the header leaves an empty file — or end in
/// our format exception naming the file: never another exception type, never a hang.
/// </summary>
public class DamagedManifestTests
{
    private const string Name = "s3://bucket/t/metadata/damaged-m0.avro";

    public static TheoryData<string> Files => ["ours-null", "ours-deflate", "ours-snappy", "ours-list-snappy", "spark-manifest", "spark-list"];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Every_truncation_ends_in_our_format_exception_naming_the_file(string file)
    {
        var (bytes, read) = Load(file);
        var headerLength = HeaderLength(bytes);

        for (var length = 0; length < bytes.Length; length++)
        {
            var error = await ReadOutcome.Of(() => read(bytes[..length]));
            if (error is null)
                Assert.Equal(headerLength, length);
            else
                Assert.Contains(Name, error.Message);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Random_bit_flips_end_in_our_format_exception_naming_the_file_or_read(string file)
    {
        var (bytes, read) = Load(file);
        var random = new Random(20261120);
        var failures = 0;

        for (var trial = 0; trial < 1500; trial++)
        {
            var damaged = bytes.ToArray();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
                damaged[random.Next(damaged.Length)] ^= (byte)(1 << random.Next(8));
            var error = await ReadOutcome.Of(() => read(damaged));
            if (error is null)
                continue;
            Assert.Contains(Name, error.Message);
            failures++;
        }
        Assert.True(failures > 100, $"only {failures} of the damaged files were refused");
    }

    private static (byte[] Bytes, Action<byte[]> Read) Load(string file)
    {
        Action<byte[]> manifest = bytes => ManifestReader.Read(new MemoryStream(bytes), name: Name);
        Action<byte[]> list = bytes => ManifestListReader.Read(new MemoryStream(bytes), Name);
        return file switch
        {
            "ours-null" => (Ours(Codec.Type.Null).Manifest, manifest),
            "ours-deflate" => (Ours(Codec.Type.Deflate).Manifest, manifest),
            "ours-snappy" => (Ours(Codec.Type.Snappy).Manifest, manifest),
            "ours-list-snappy" => (Ours(Codec.Type.Snappy).List, list),
            "spark-manifest" => (File.ReadAllBytes(IcebergFixtures.MetadataFile("spark-rename_column", "abf62b15-903b-40b6-9e6b-26bcdceac9b3-m0.avro")), manifest),
            _ => (File.ReadAllBytes(IcebergFixtures.MetadataFile("spark-rename_column", "snap-5276958600260276572-1-abf62b15-903b-40b6-9e6b-26bcdceac9b3.avro")), list),
        };
    }

    private static (byte[] Manifest, byte[] List) Ours(Codec.Type codec)
    {
        var manifest = new MemoryStream();
        var writer = new ManifestWriter(manifest, HandWrittenTable.Schema, HandWrittenTable.Spec, snapshotId: 7, sequenceNumber: 2, codec);
        for (var i = 0; i < 4; i++)
        {
            writer.Add(new DataFile
            {
                FilePath = $"file:/t/data/processing_date=2026-11-2{i}/f{i}.parquet",
                Partition = new([new DateOnly(2026, 11, 20 + i), i == 3 ? null : "sto3g"]),
                RecordCount = 100 + i,
                FileSizeInBytes = 5000 + i,
                ValueCounts = new Dictionary<int, long> { [1] = 100 + i, [2] = 100 + i },
                LowerBounds = new Dictionary<int, byte[]> { [1] = [1, 0, 0, 0, 0, 0, 0, 0] },
                SplitOffsets = [4L],
            });
        }
        var listing = writer.Finish(Name);
        var list = new MemoryStream();
        using (var listWriter = new ManifestListWriter(list, 7, parentSnapshotId: 6, sequenceNumber: 2, codec))
            listWriter.Add(listing);
        return (manifest.ToArray(), list.ToArray());
    }

    private static int HeaderLength(byte[] file)
    {
        var cursor = new AvroCursor(file);
        return AvroContainerHeader.Read(ref cursor).Length;
    }
}
