using System.Buffers;
using Lineage.Lakehouse.Compression;

namespace Lineage.Lakehouse.Tests.Compression;

public class CodecRoundTripTests
{
    public static TheoryData<CompressionKind, string, int> Inputs()
    {
        var data = new TheoryData<CompressionKind, string, int>();
        var shapes = new (string Shape, int Length)[]
        {
            ("random", 0), ("random", 1), ("repetitive", 13), ("random", 1_000), ("repetitive", 65_600),
            ("zeros", 300_000), ("text", 1_000_000), ("random", 2_500_000), ("repetitive", 4_000_000),
        };
        foreach (var kind in Enum.GetValues<CompressionKind>())
        {
            foreach (var (shape, length) in shapes)
                data.Add(kind, shape, length);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Decompressing_what_was_compressed_gives_the_original_bytes(CompressionKind kind, string shape, int length)
    {
        var original = SampleData.Create(shape, length);
        var compressed = SampleData.Compress(kind, original);

        var restored = new byte[length];
        BlockCodecs.Get(kind).Decompress(compressed, restored);

        Assert.True(original.AsSpan().SequenceEqual(restored), $"{kind} changed {shape} data of {length} bytes");
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Decompressing_without_the_size_gives_the_original_bytes(CompressionKind kind, string shape, int length)
    {
        var original = SampleData.Create(shape, length);
        var compressed = SampleData.Compress(kind, original);

        var restored = new ArrayBufferWriter<byte>();
        var written = BlockCodecs.Get(kind).DecompressUnknownLength(compressed, restored, maxLength: length);

        Assert.Equal(length, written);
        Assert.True(original.AsSpan().SequenceEqual(restored.WrittenSpan), $"{kind} changed {shape} data of {length} bytes");
    }

    [Theory]
    [MemberData(nameof(SampleData.AllKinds), MemberType = typeof(SampleData))]
    public void Compressing_appends_after_what_the_writer_already_holds(CompressionKind kind)
    {
        var original = SampleData.Create("text", 5_000);
        var output = new ArrayBufferWriter<byte>();
        output.Write("head"u8);

        BlockCodecs.Get(kind).Compress(original, output);

        Assert.True(output.WrittenSpan[..4].SequenceEqual("head"u8));
        var restored = new byte[original.Length];
        BlockCodecs.Get(kind).Decompress(output.WrittenSpan[4..], restored);
        Assert.Equal(original, restored);
    }

    [Theory]
    [InlineData(CompressionKind.Snappy)]
    [InlineData(CompressionKind.Deflate)]
    public void Repetitive_data_gets_smaller(CompressionKind kind)
    {
        var original = SampleData.Create("repetitive", 100_000);

        var compressed = SampleData.Compress(kind, original);

        Assert.True(compressed.Length < original.Length / 3, $"{kind} gave {compressed.Length} bytes");
    }
}
