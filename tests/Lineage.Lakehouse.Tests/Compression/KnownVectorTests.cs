using System.IO.Compression;
using System.Text;
using Lineage.Lakehouse.Compression;

namespace Lineage.Lakehouse.Tests.Compression;

public class KnownVectorTests
{
    private static readonly byte[] Hello = "hello"u8.ToArray();

    [Fact]
    public void Gzip_reads_a_member_written_by_the_framework()
    {
        var compressed = Frame(Hello, stream => new GZipStream(stream, CompressionLevel.Optimal));

        Assert.Equal("hello", Decompress(CompressionKind.Gzip, compressed, 5));
    }

    [Fact]
    public void Gzip_reads_a_fixed_gzip_file_of_hello()
    {
        // What `printf hello | gzip -n` writes: header, fixed-Huffman deflate, CRC-32 and length.
        byte[] compressed =
        [
            0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x07,
            0x00, 0x86, 0xA6, 0x10, 0x36, 0x05, 0x00, 0x00, 0x00,
        ];

        Assert.Equal("hello", Decompress(CompressionKind.Gzip, compressed, 5));
    }

    [Fact]
    public void Gzip_reads_concatenated_members_as_one_block()
    {
        var first = Frame("hello "u8.ToArray(), stream => new GZipStream(stream, CompressionLevel.Fastest));
        var second = Frame("world"u8.ToArray(), stream => new GZipStream(stream, CompressionLevel.Optimal));

        Assert.Equal("hello world", Decompress(CompressionKind.Gzip, [.. first, .. second], 11));
    }

    [Fact]
    public void Gzip_reads_zlib_framing_too()
    {
        var compressed = Frame(Hello, stream => new ZLibStream(stream, CompressionLevel.Optimal));

        Assert.Equal("hello", Decompress(CompressionKind.Gzip, compressed, 5));
    }

    [Fact]
    public void Gzip_writes_what_the_framework_reads()
    {
        var compressed = SampleData.Compress(CompressionKind.Gzip, Hello);

        using var reader = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        Assert.Equal(0x1F, compressed[0]);
        Assert.Equal(0x8B, compressed[1]);
        Assert.Equal("hello", new StreamReader(reader).ReadToEnd());
    }

    [Fact]
    public void Deflate_is_raw_without_any_header()
    {
        var compressed = Frame(Hello, stream => new DeflateStream(stream, CompressionLevel.Optimal));

        Assert.Equal("hello", Decompress(CompressionKind.Deflate, compressed, 5));
        Assert.Throws<CorruptCompressedDataException>(() =>
            Decompress(CompressionKind.Deflate, Frame(Hello, stream => new ZLibStream(stream, CompressionLevel.Optimal)), 5));
    }

    [Fact]
    public void Brotli_reads_a_stream_written_by_the_framework()
    {
        var compressed = Frame(Hello, stream => new BrotliStream(stream, CompressionLevel.SmallestSize));

        Assert.Equal("hello", Decompress(CompressionKind.Brotli, compressed, 5));
    }

    [Fact]
    public void Snappy_reads_a_block_written_by_hand()
    {
        // Length 5, then one literal element: tag (5 − 1) << 2, then the bytes.
        byte[] compressed = [0x05, 0x10, .. Hello];

        Assert.Equal("hello", Decompress(CompressionKind.Snappy, compressed, 5));
    }

    [Fact]
    public void Zstd_reads_a_frame_written_by_hand()
    {
        // Magic, frame header (single segment, 1-byte content size 5), one last raw block of 5 bytes.
        byte[] compressed = [0x28, 0xB5, 0x2F, 0xFD, 0x20, 0x05, 0x29, 0x00, 0x00, .. Hello];

        Assert.Equal("hello", Decompress(CompressionKind.Zstd, compressed, 5));
    }

    [Fact]
    public void Crc32_of_the_check_string_is_the_published_value()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
        Assert.Equal(0u, Crc32.Compute([]));
    }

    [Fact]
    public void Crc32_chains_over_split_input_and_matches_a_bitwise_reference()
    {
        var data = SampleData.Create("random", 1_037);
        for (var split = 0; split <= data.Length; split += 61)
        {
            var chained = Crc32.Append(Crc32.Compute(data.AsSpan(0, split)), data.AsSpan(split));
            Assert.Equal(BitwiseCrc32(data), chained);
        }
        for (var length = 0; length < 40; length++)
            Assert.Equal(BitwiseCrc32(data.AsSpan(0, length)), Crc32.Compute(data.AsSpan(0, length)));
    }

    private static uint BitwiseCrc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in data)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
        }
        return ~crc;
    }

    private static string Decompress(CompressionKind kind, byte[] compressed, int length)
    {
        var output = new byte[length];
        BlockCodecs.Get(kind).Decompress(compressed, output);
        return Encoding.ASCII.GetString(output);
    }

    private static byte[] Frame(byte[] data, Func<Stream, Stream> open)
    {
        var buffer = new MemoryStream();
        using (var compressing = open(buffer))
            compressing.Write(data);
        return buffer.ToArray();
    }
}
