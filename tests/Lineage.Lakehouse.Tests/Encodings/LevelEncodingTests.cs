using System.Buffers.Binary;
using Lineage.Lakehouse.Parquet.Encodings;

namespace Lineage.Lakehouse.Tests.Encodings;

public class LevelEncodingTests
{
    private static readonly int[] Levels = Enumerable.Range(0, 1000).Select(i => i % 17 == 0 ? 0 : i % 5 == 0 ? 1 : 2).ToArray();

    [Fact]
    public void Data_page_v1_levels_carry_their_byte_length_first()
    {
        var bytes = Encoded.By(output => LevelEncoding.WriteLengthPrefixed(Levels, 2, output));
        Assert.Equal(bytes.Length - 4, BinaryPrimitives.ReadInt32LittleEndian(bytes));
        var rle = Encoded.By(output => RleBitPackedHybridEncoder.Encode(Levels, 2, output));
        Assert.Equal(rle, bytes[4..]);
    }

    [Fact]
    public void Data_page_v1_levels_round_trip_and_report_the_bytes_they_take()
    {
        byte[] bytes = [.. Encoded.By(output => LevelEncoding.WriteLengthPrefixed(Levels, 2, output)), 0xEE, 0xEE];
        var decoded = new int[Levels.Length];
        var consumed = LevelEncoding.ReadLengthPrefixed(bytes, 2, decoded);
        Assert.Equal(bytes.Length - 2, consumed);
        Assert.Equal(Levels, decoded);
    }

    [Fact]
    public void Data_page_v2_levels_have_no_length_and_round_trip()
    {
        var bytes = Encoded.By(output => LevelEncoding.Write(Levels, 2, output));
        Assert.Equal(Encoded.By(output => RleBitPackedHybridEncoder.Encode(Levels, 2, output)), bytes);
        var decoded = new int[Levels.Length];
        LevelEncoding.Read(bytes, 2, decoded);
        Assert.Equal(Levels, decoded);
    }

    [Fact]
    public void A_maximum_level_of_0_stores_nothing_and_reads_zeros()
    {
        Assert.Empty(Encoded.By(output => LevelEncoding.WriteLengthPrefixed(new int[10], 0, output)));
        Assert.Empty(Encoded.By(output => LevelEncoding.Write(new int[10], 0, output)));
        var decoded = Enumerable.Repeat(9, 10).ToArray();
        Assert.Equal(0, LevelEncoding.ReadLengthPrefixed([1, 2, 3], 0, decoded));
        Assert.All(decoded, level => Assert.Equal(0, level));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    public void The_bit_width_is_that_of_the_maximum_level(int maxLevel, int width) =>
        Assert.Equal(width, LevelEncoding.BitWidth(maxLevel));

    [Fact]
    public void A_length_prefix_larger_than_the_data_is_rejected()
    {
        var error = Assert.Throws<EncodingFormatException>(
            () => LevelEncoding.ReadLengthPrefixed(Encoded.Hex("FF FF FF 7F 02 01"), 1, new int[1]));
        Assert.Equal(0, error.Offset);
        Assert.Contains("2147483647", error.Message);
    }

    [Fact]
    public void A_missing_length_prefix_is_rejected() =>
        Assert.Throws<EncodingFormatException>(() => LevelEncoding.ReadLengthPrefixed([1, 0], 1, new int[1]));

    [Fact]
    public void Errors_inside_length_prefixed_levels_name_the_offset_in_the_whole_data()
    {
        // Length 2, then an RLE run of 4 values of 7 where the maximum level 1 allows only 0 and 1.
        var error = Assert.Throws<EncodingFormatException>(
            () => LevelEncoding.ReadLengthPrefixed(Encoded.Hex("02 00 00 00 08 07"), 1, new int[4]));
        Assert.Equal(5, error.Offset);
    }
}
