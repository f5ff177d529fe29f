using Lineage.Lakehouse.Parquet.Encodings;

namespace Lineage.Lakehouse.Tests.Encodings;

public class DictionaryIndicesTests
{
    [Fact]
    public void Indices_start_with_the_bit_width_of_the_largest_index()
    {
        var bytes = Encoded.By(output => DictionaryIndices.Encode([0, 1, 2, 3, 4, 5, 6, 7], 8, output));
        Assert.Equal(Encoded.Hex("03 03 88 C6 FA"), bytes);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(256, 8)]
    [InlineData(257, 9)]
    public void The_bit_width_holds_every_index_of_the_dictionary(int size, int width) =>
        Assert.Equal(width, DictionaryIndices.BitWidth(size));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(1000)]
    [InlineData(70_000)]
    public void Indices_round_trip(int dictionarySize)
    {
        var random = new Random(dictionarySize);
        var indices = Enumerable.Range(0, 5000).Select(i => i % 100 < 40 ? 0 : random.Next(dictionarySize)).ToArray();
        var bytes = Encoded.By(output => DictionaryIndices.Encode(indices, dictionarySize, output));
        var decoded = new int[indices.Length];
        Assert.Equal(bytes.Length, DictionaryIndices.Decode(bytes, dictionarySize, decoded));
        Assert.Equal(indices, decoded);
    }

    [Fact]
    public void Encoding_rejects_an_index_outside_the_dictionary() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Encoded.By(output => DictionaryIndices.Encode([0, 3], 3, output)));

    [Fact]
    public void Decoding_rejects_an_index_outside_the_dictionary()
    {
        // Bit width 2, an RLE run of 8 times index 3, for a dictionary of 3 entries.
        var error = Assert.Throws<EncodingFormatException>(() => DictionaryIndices.Decode(Encoded.Hex("02 10 03"), 3, new int[8]));
        Assert.Contains("3", error.Detail);
    }

    [Fact]
    public void Decoding_rejects_a_bit_width_over_32()
    {
        var error = Assert.Throws<EncodingFormatException>(() => DictionaryIndices.Decode(Encoded.Hex("21 02 00 00 00 00 00"), 10, new int[1]));
        Assert.Equal(0, error.Offset);
    }

    [Fact]
    public void Decoding_rejects_missing_data() =>
        Assert.Throws<EncodingFormatException>(() => DictionaryIndices.Decode([], 10, new int[1]));

    [Fact]
    public void Errors_in_the_runs_name_the_offset_in_the_whole_data()
    {
        // Bit width 4, then a bit-packed run of one group that needs 4 bytes where 1 remains.
        var error = Assert.Throws<EncodingFormatException>(() => DictionaryIndices.Decode(Encoded.Hex("04 03 00"), 16, new int[8]));
        Assert.Equal(1, error.Offset);
    }
}
