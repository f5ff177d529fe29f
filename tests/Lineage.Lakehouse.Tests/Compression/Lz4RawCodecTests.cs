using System.Runtime.InteropServices;
using System.Text;
using Lineage.Lakehouse.Compression;

namespace Lineage.Lakehouse.Tests.Compression;

public partial class Lz4RawCodecTests
{
    private static readonly IBlockCodec Codec = BlockCodecs.Get(CompressionKind.Lz4Raw);

    [Fact]
    public void A_block_written_by_hand_from_the_format_decodes()
    {
        byte[] block =
        [
            0x35, (byte)'a', (byte)'b', (byte)'c', 0x03, 0x00, // 3 literals, then 9 bytes from 3 back (overlapping)
            0x50, (byte)'h', (byte)'e', (byte)'l', (byte)'l', (byte)'o', // last sequence: 5 literals
        ];

        Assert.Equal("abcabcabcabchello", DecodeToString(block, 17));
    }

    [Fact]
    public void Length_extensions_add_bytes_while_they_are_255()
    {
        byte[] block =
        [
            0x1F, (byte)'z', 0x01, 0x00, 0xFF, 0xFF, 0xFF, 0xD8, // 1 literal, match of 4 + 15 + 3·255 + 216 = 1000
            0xF0, 0x03, .. Enumerable.Repeat((byte)'t', 18), // 15 + 3 literals
        ];

        Assert.Equal(new string('z', 1001) + new string('t', 18), DecodeToString(block, 1019));
    }

    [Fact]
    public void An_empty_block_is_a_lone_token()
    {
        Assert.Equal([0x00], SampleData.Compress(CompressionKind.Lz4Raw, []));
        Codec.Decompress([0x00], []);
    }

    [Theory]
    [InlineData(new byte[] { 0x14, (byte)'a', 0x00, 0x00, 0x50, 1, 2, 3, 4, 5 }, "offset zero")]
    [InlineData(new byte[] { 0x14, (byte)'a', 0x02, 0x00, 0x50, 1, 2, 3, 4, 5 }, "offset before the start")]
    [InlineData(new byte[] { 0x50, (byte)'a', (byte)'b' }, "literals cut short")]
    [InlineData(new byte[] { 0xF0, 0xFF, 0xFF }, "length extension cut short")]
    [InlineData(new byte[] { 0x14, (byte)'a', 0x01 }, "offset cut short")]
    [InlineData(new byte[] { 0x14, (byte)'a', 0x01, 0x00 }, "block ends after a match")]
    [InlineData(new byte[] { 0x1F, (byte)'a', 0x01, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x50, 1, 2, 3, 4, 5 }, "match past the output")]
    public void Damaged_blocks_are_reported_as_corrupt(byte[] block, string damage)
    {
        var error = Assert.Throws<CorruptCompressedDataException>(() => Codec.Decompress(block, new byte[10]));

        Assert.Equal(CompressionKind.Lz4Raw, error.Codec);
        Assert.False(string.IsNullOrEmpty(damage));
    }

    [Theory]
    [InlineData("text", 200_000)]
    [InlineData("repetitive", 70_000)]
    [InlineData("random", 5_000)]
    [InlineData("zeros", 100)]
    [InlineData("text", 12)]
    public void The_reference_library_decodes_our_blocks(string shape, int length)
    {
        var original = SampleData.Create(shape, length);
        var block = SampleData.Compress(CompressionKind.Lz4Raw, original);

        var restored = new byte[length];
        var decoded = ReferenceDecompress(block, restored, block.Length, restored.Length);

        Assert.Equal(length, decoded);
        Assert.Equal(original, restored);
    }

    [Theory]
    [InlineData("text", 200_000)]
    [InlineData("repetitive", 1_000_000)]
    [InlineData("random", 5_000)]
    [InlineData("zeros", 70_000)]
    public void We_decode_blocks_of_the_reference_library(string shape, int length)
    {
        var original = SampleData.Create(shape, length);
        var block = new byte[length + length / 255 + 16];
        var compressedLength = ReferenceCompress(original, block, length, block.Length);

        var restored = new byte[length];
        Codec.Decompress(block.AsSpan(0, compressedLength), restored);

        Assert.Equal(original, restored);
    }

    private static string DecodeToString(byte[] block, int length)
    {
        var output = new byte[length];
        Codec.Decompress(block, output);
        return Encoding.ASCII.GetString(output);
    }

    // liblz4 ships with every Debian system (apt depends on it); it is the authority on the block format.
    [DllImport("liblz4.so.1", EntryPoint = "LZ4_decompress_safe")]
    private static extern int ReferenceDecompress(byte[] source, byte[] destination, int compressedSize, int capacity);

    [DllImport("liblz4.so.1", EntryPoint = "LZ4_compress_default")]
    private static extern int ReferenceCompress(byte[] source, byte[] destination, int sourceSize, int capacity);
}
