using Apache.Arrow;
using Apache.Arrow.Types;
using Lineage.Lakehouse.Parquet;
using Lineage.Lakehouse.Parquet.Guards;
using CompressionCodec = Parquet.Meta.CompressionCodec;

namespace Lineage.Lakehouse.Tests.Parquet;

/// <summary>
/// A page may not claim to decompress to more than its codec can produce from its bytes (Parquet.Net allocates what
/// it claims), yet a real page of repeated values compresses thousands of times and must read.
/// </summary>
public sealed class PageExpansionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lineage-parquet-expansion-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_plain_page_of_one_repeated_string_reads_back_though_it_compresses_thousands_of_times()
    {
        const int rows = 250_000;
        const string value = "2026-11-20-h2o-sto3g-aer_simulator-experiment";
        var schema = new Schema([new Field("experiment_id", StringType.Default, nullable: false)], null);
        var builder = new StringArray.Builder();
        for (var i = 0; i < rows; i++)
            builder.Append(value);
        var batch = new RecordBatch(schema, [builder.Build()], rows);
        var path = await ParquetFiles.WriteAsync(_folder, new ArrowParquetWriterOptions { Codec = ParquetCodec.Zstd, Dictionary = false }, batch);
        Assert.True(new FileInfo(path).Length * 2048 < rows * (value.Length + 4L), "the page should compress beyond deflate's bound");

        await using var reader = await ParquetFiles.OpenAsync(path);
        var read = 0;
        await foreach (var part in reader.ReadAsync())
        {
            var strings = (StringArray)part.Column(0);
            for (var i = 0; i < part.Length; i++)
                Assert.Equal(value, strings.GetString(i));
            read += part.Length;
        }
        Assert.Equal(rows, read);
    }

    [Fact]
    public void A_page_claiming_more_than_its_codec_can_expand_to_is_refused()
    {
        var claimsTwoMegabytes = Page(uncompressed: 2 << 20, compressed: 100);

        var snappy = Assert.Throws<FormatException>(() => PageHeaderGuard.Check(claimsTwoMegabytes, CompressionCodec.SNAPPY));
        Assert.Contains("2097152", snappy.Message);
        PageHeaderGuard.Check(claimsTwoMegabytes, CompressionCodec.ZSTD);
        Assert.Throws<FormatException>(() => PageHeaderGuard.Check(Page(uncompressed: 4 << 20, compressed: 100), CompressionCodec.ZSTD));
        Assert.Throws<FormatException>(() => PageHeaderGuard.Check(Page(uncompressed: 2 << 20, compressed: 100), CompressionCodec.UNCOMPRESSED));
    }

    [Fact]
    public void A_small_page_may_claim_up_to_a_megabyte_whatever_its_codec()
    {
        PageHeaderGuard.Check(Page(uncompressed: 1 << 20, compressed: 8), CompressionCodec.SNAPPY);
    }

    /// <summary>A data page header (Thrift compact: type, uncompressed size, compressed size) followed by its bytes.</summary>
    private static byte[] Page(int uncompressed, int compressed)
    {
        var bytes = new List<byte> { 0x15, 0x00, 0x15 };
        bytes.AddRange(Varint(ZigZag(uncompressed)));
        bytes.Add(0x15);
        bytes.AddRange(Varint(ZigZag(compressed)));
        bytes.Add(0x00);
        bytes.AddRange(new byte[compressed]);
        return [.. bytes];
    }

    private static ulong ZigZag(int value) => (ulong)((value << 1) ^ (value >> 31));

    private static IEnumerable<byte> Varint(ulong value)
    {
        while (value >= 0x80)
        {
            yield return (byte)(value | 0x80);
            value >>= 7;
        }
        yield return (byte)value;
    }
}
