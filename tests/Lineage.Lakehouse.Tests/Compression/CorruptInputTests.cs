using System.Buffers;
using Lineage.Lakehouse.Compression;

namespace Lineage.Lakehouse.Tests.Compression;

public class CorruptInputTests
{
    public static TheoryData<CompressionKind> CompressingKinds =>
        [.. Enum.GetValues<CompressionKind>().Where(kind => kind != CompressionKind.None)];

    [Theory]
    [MemberData(nameof(CompressingKinds))]
    public void Truncated_input_is_reported_as_corrupt(CompressionKind kind)
    {
        var original = SampleData.Create("text", 50_000);
        var compressed = SampleData.Compress(kind, original);

        foreach (var length in new[] { 0, 1, compressed.Length / 2, compressed.Length - 9 })
        {
            var error = Assert.Throws<CorruptCompressedDataException>(
                () => BlockCodecs.Get(kind).Decompress(compressed.AsSpan(0, length), new byte[original.Length]));
            Assert.Equal(kind, error.Codec);
            Assert.Equal(original.Length, error.ExpectedLength);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    public void Gzip_cut_within_its_trailer_is_reported_even_for_several_members(int cut)
    {
        var first = SampleData.Create("text", 3_000);
        var second = SampleData.Create("random", 2_000);
        byte[] single = SampleData.Compress(CompressionKind.Gzip, first);
        byte[] both = [.. single, .. SampleData.Compress(CompressionKind.Gzip, second)];
        var codec = BlockCodecs.Get(CompressionKind.Gzip);

        codec.Decompress(both, new byte[5_000]);
        Assert.Throws<CorruptCompressedDataException>(() => codec.Decompress(single.AsSpan(0, single.Length - cut), new byte[3_000]));
        Assert.Throws<CorruptCompressedDataException>(() => codec.Decompress(both.AsSpan(0, both.Length - cut), new byte[5_000]));
    }

    [Theory]
    [MemberData(nameof(SampleData.AllKinds), MemberType = typeof(SampleData))]
    public void A_size_other_than_recorded_is_reported(CompressionKind kind)
    {
        var original = SampleData.Create("text", 10_000);
        var compressed = SampleData.Compress(kind, original);
        var codec = BlockCodecs.Get(kind);

        var shorter = Assert.Throws<CorruptCompressedDataException>(() => codec.Decompress(compressed, new byte[10_001]));
        var longer = Assert.Throws<CorruptCompressedDataException>(() => codec.Decompress(compressed, new byte[9_999]));

        Assert.Equal(10_001, shorter.ExpectedLength);
        Assert.Equal(9_999, longer.ExpectedLength);
        Assert.Contains(kind.ToString(), shorter.Message);
        Assert.True(shorter.ActualLength is null or 10_000, $"{kind} reported {shorter.ActualLength}");
    }

    [Theory]
    [MemberData(nameof(SampleData.AllKinds), MemberType = typeof(SampleData))]
    public void Output_beyond_the_limit_is_refused_when_the_size_is_unknown(CompressionKind kind)
    {
        var original = SampleData.Create("zeros", 200_000);
        var compressed = SampleData.Compress(kind, original);

        var error = Assert.Throws<CorruptCompressedDataException>(() =>
            BlockCodecs.Get(kind).DecompressUnknownLength(compressed, new ArrayBufferWriter<byte>(), maxLength: 199_999));

        Assert.Equal(199_999, error.ExpectedLength);
    }

    [Theory]
    [MemberData(nameof(CompressingKinds))]
    public void Damaged_bytes_give_corrupt_data_errors_or_same_sized_output_never_other_exceptions(CompressionKind kind)
    {
        var original = SampleData.Create("text", 20_000);
        var compressed = SampleData.Compress(kind, original);
        var random = new Random(7);
        var codec = BlockCodecs.Get(kind);
        var output = new byte[original.Length];

        for (var attempt = 0; attempt < 300; attempt++)
        {
            var damaged = (byte[])compressed.Clone();
            for (var flips = 0; flips <= attempt % 3; flips++)
                damaged[random.Next(damaged.Length)] ^= (byte)(1 + random.Next(255));
            try
            {
                codec.Decompress(damaged, output);
            }
            catch (CorruptCompressedDataException)
            {
            }
        }
    }

    [Theory]
    [MemberData(nameof(CompressingKinds))]
    public void Random_bytes_are_not_mistaken_for_compressed_data(CompressionKind kind)
    {
        var garbage = SampleData.Create("random", 4_096);

        Assert.Throws<CorruptCompressedDataException>(() => BlockCodecs.Get(kind).Decompress(garbage, new byte[100_000]));
        Assert.Throws<CorruptCompressedDataException>(() =>
            BlockCodecs.Get(kind).DecompressUnknownLength(garbage, new ArrayBufferWriter<byte>(), 100_000));
    }

    [Fact]
    public void A_snappy_header_claiming_gigabytes_is_refused_before_decoding()
    {
        byte[] hostile = [0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x00];

        var error = Assert.Throws<CorruptCompressedDataException>(() =>
            BlockCodecs.Get(CompressionKind.Snappy).Decompress(hostile, new byte[16]));

        Assert.Equal(uint.MaxValue, error.ActualLength);
    }

    [Fact]
    public void An_unknown_codec_is_unsupported()
    {
        var error = Assert.Throws<UnsupportedCodecException>(() => BlockCodecs.Get((CompressionKind)42));

        Assert.Equal((CompressionKind)42, error.Kind);
    }
}
