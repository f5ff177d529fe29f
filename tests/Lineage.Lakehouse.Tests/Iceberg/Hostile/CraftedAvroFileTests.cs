using System.IO.Compression;
using Avro.File;
using Lineage.Lakehouse.Iceberg;
using Lineage.Lakehouse.Iceberg.Manifests;

namespace Lineage.Lakehouse.Tests.Iceberg.Hostile;

/// <summary>
/// Files made to break a reader: every size or count they hold is checked against the bytes there are before
/// anything is allocated for it, so each ends in our format exception naming the file, having allocated little.
/// </summary>
public class CraftedAvroFileTests
{
    private const string Name = "evil-snap.avro";

    /// <summary>Far below any length or count the crafted files claim (2^30 and more).</summary>
    private const long AllocationBound = 16 << 20;

    private const string PathSchema = """{"type":"record","name":"manifest_file","fields":[{"name":"manifest_path","type":"string","field-id":500}]}""";

    [Fact]
    public void A_string_longer_than_the_block_is_refused_before_it_is_allocated()
    {
        var file = CraftedAvroFile.Build(PathSchema, "null", (1, [.. CraftedAvroFile.Longs(1 << 30), .. "abc"u8]));

        AssertRefused(file, "length 1073741824");
    }

    [Fact]
    public void A_block_larger_than_the_file_is_refused_before_it_is_allocated()
    {
        var header = CraftedAvroFile.Build(PathSchema, "null");
        var file = header.Concat(CraftedAvroFile.Longs(1, int.MaxValue)).Concat(new byte[10]).ToArray();

        AssertRefused(file, "block 0");
    }

    [Fact]
    public void An_array_count_beyond_the_bytes_left_is_refused_before_it_is_allocated()
    {
        const string schema = """{"type":"record","name":"manifest_file","fields":[{"name":"offsets","type":{"type":"array","items":"long"}}]}""";
        var file = CraftedAvroFile.Build(schema, "null", (1, [.. CraftedAvroFile.Longs(1L << 40), 2, 0]));

        AssertRefused(file, "count of 1099511627776 items");
    }

    [Fact]
    public void A_header_value_longer_than_the_file_is_refused_before_it_is_allocated()
    {
        byte[] file = [.. DataFileConstants.Magic, .. CraftedAvroFile.Longs(1, 3), .. "key"u8, .. CraftedAvroFile.Longs(int.MaxValue), 1, 2, 3];

        AssertRefused(file, "length 2147483647");
    }

    [Fact]
    public void Values_that_take_no_bytes_cannot_keep_the_reader_busy()
    {
        var nulls = string.Join(",", Enumerable.Range(0, 200).Select(i => $$"""{"name":"n{{i}}","type":"null"}"""));
        var schema = $$"""{"type":"record","name":"manifest_file","fields":[{{nulls}}]}""";
        var file = CraftedAvroFile.Build(schema, "null", (long.MaxValue, [0]));

        AssertRefused(file, "more values than its size allows");
    }

    [Fact]
    public void A_self_nesting_schema_is_followed_only_so_deep()
    {
        const string schema = """{"type":"record","name":"manifest_file","fields":[{"name":"next","type":["null","manifest_file"]}]}""";
        var file = CraftedAvroFile.Build(schema, "null", (1, Enumerable.Repeat((byte)2, 5000).ToArray()));

        AssertRefused(file, "deeper than");
    }

    [Fact]
    public void A_codec_we_do_not_know_is_refused_by_name()
    {
        var file = CraftedAvroFile.Build(PathSchema, "bzip2", (1, [6, .. "abc"u8]));

        AssertRefused(file, "'bzip2'");
    }

    [Fact]
    public void A_snappy_block_whose_checksum_does_not_match_is_refused()
    {
        var data = Codec.CreateCodecFromString("snappy").Compress([6, .. "abc"u8]);
        data[^1] ^= 1;
        var file = CraftedAvroFile.Build(PathSchema, "snappy", (1, data));

        AssertRefused(file, "CRC-32");
    }

    [Fact]
    public void A_snappy_block_declaring_more_data_than_it_can_hold_is_refused_before_it_is_allocated()
    {
        byte[] data = [.. SnappyLength(1 << 30), 0, 0, 0, 0, 0];
        var file = CraftedAvroFile.Build(PathSchema, "snappy", (1, data));

        AssertRefused(file, "declares 1073741824 bytes");
    }

    [Fact]
    public void A_deflate_block_expanding_past_the_limit_is_refused()
    {
        var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 65; i++)
                deflate.Write(zeros);
        }
        var file = CraftedAvroFile.Build(PathSchema, "deflate", (1, compressed.ToArray()));

        var error = Assert.Throws<IcebergFormatException>(() => ManifestListReader.Read(new MemoryStream(file), Name));
        Assert.Contains("expands beyond", error.Message);
    }

    [Fact]
    public void A_file_over_the_size_cap_is_refused_before_it_is_read()
    {
        var error = Assert.Throws<IcebergFormatException>(() => ManifestListReader.Read(new HugeStream(), Name));

        Assert.Contains(Name, error.Message);
    }

    private static void AssertRefused(byte[] file, string problem)
    {
        IcebergFormatException? error = null;
        var allocated = ReadOutcome.AllocatedUntilFormatError(() =>
        {
            try
            {
                ManifestListReader.Read(new MemoryStream(file), Name);
            }
            catch (IcebergFormatException e)
            {
                error = e;
                throw;
            }
        });
        Assert.Contains(Name, error!.Message);
        Assert.Contains(problem, error.Message);
        Assert.True(allocated < AllocationBound, $"reading {file.Length} bytes allocated {allocated} bytes");
    }

    private static byte[] SnappyLength(uint length)
    {
        var bytes = new List<byte>();
        for (; length >= 0x80; length >>= 7)
            bytes.Add((byte)(length | 0x80));
        bytes.Add((byte)length);
        return [.. bytes];
    }

    /// <summary>A stream that claims to be 8 GB long; reading it is a failure of the test.</summary>
    private sealed class HugeStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => 8L << 30;
        public override long Position { get; set; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("the stream was read");
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
