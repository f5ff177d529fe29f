using Lineage.Lakehouse.Parquet.Encodings;
using static Lineage.Lakehouse.Tests.Encodings.DeltaLengthByteArrayTests;

namespace Lineage.Lakehouse.Tests.Encodings;

public class DeltaByteArrayTests
{
    [Fact]
    public void Specification_example_stores_prefix_lengths_suffix_lengths_then_suffixes()
    {
        var bytes = Encoded.By(output => DeltaByteArrayEncoder.Encode(Buffer("axis", "axle", "babble", "babyhood"), output));

        var prefixes = new int[4];
        var position = DeltaBinaryPackedDecoder.Decode(bytes, prefixes);
        Assert.Equal([0, 2, 0, 3], prefixes);
        var suffixes = new int[4];
        position += DeltaBinaryPackedDecoder.Decode(bytes.AsSpan(position), suffixes);
        Assert.Equal([4, 2, 6, 5], suffixes);
        Assert.Equal("axislebabbleyhood"u8.ToArray(), bytes[position..]);

        var decoded = new ByteArrayBuffer();
        Assert.Equal(bytes.Length, DeltaByteArrayDecoder.Decode(bytes, 4, decoded));
        AssertSame(Buffer("axis", "axle", "babble", "babyhood"), decoded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(1200)]
    public void Values_round_trip_including_empty_and_repeated_ones(int count)
    {
        var values = new ByteArrayBuffer();
        for (var i = 0; i < count; i++)
            values.Add(System.Text.Encoding.UTF8.GetBytes(i % 10 == 0 ? "" : $"prefix/{i / 7:D5}/{i % 3}"));
        byte[] bytes = [.. Encoded.By(output => DeltaByteArrayEncoder.Encode(values, output)), 0x42];
        var decoded = new ByteArrayBuffer();
        decoded.Add("before"u8);
        Assert.Equal(bytes.Length - 1, DeltaByteArrayDecoder.Decode(bytes, count, decoded));
        Assert.Equal(count + 1, decoded.Count);
        for (var i = 0; i < count; i++)
            Assert.True(values[i].SequenceEqual(decoded[i + 1]), $"value {i}");
    }

    [Fact]
    public void A_prefix_longer_than_the_previous_value_is_rejected()
    {
        // Prefix lengths 0, 3 but the first value is only 2 bytes long.
        byte[] bytes =
        [
            .. Encoded.By(output => DeltaBinaryPackedEncoder.Encode([0, 3], output)),
            .. Encoded.By(output => DeltaBinaryPackedEncoder.Encode([2, 1], output)),
            .. "abc"u8,
        ];
        var error = Assert.Throws<EncodingFormatException>(() => DeltaByteArrayDecoder.Decode(bytes, 2, new ByteArrayBuffer()));
        Assert.Contains("prefix of 3", error.Message);
    }

    [Fact]
    public void A_first_value_with_a_prefix_is_rejected()
    {
        byte[] bytes =
        [
            .. Encoded.By(output => DeltaBinaryPackedEncoder.Encode([1], output)),
            .. Encoded.By(output => DeltaBinaryPackedEncoder.Encode([1], output)),
            .. "a"u8,
        ];
        Assert.Throws<EncodingFormatException>(() => DeltaByteArrayDecoder.Decode(bytes, 1, new ByteArrayBuffer()));
    }

    [Fact]
    public void Errors_in_the_suffix_lengths_name_the_offset_in_the_whole_data()
    {
        var prefixes = Encoded.By(output => DeltaBinaryPackedEncoder.Encode([0], output));
        byte[] bytes = [.. prefixes, 0x00];
        var error = Assert.Throws<EncodingFormatException>(() => DeltaByteArrayDecoder.Decode(bytes, 1, new ByteArrayBuffer()));
        Assert.Equal(prefixes.Length, error.Offset);
    }

    [Fact]
    public void Data_truncated_at_any_byte_raises_a_format_error()
    {
        var bytes = Encoded.By(output => DeltaByteArrayEncoder.Encode(Buffer("axis", "axle", "babble", "babyhood"), output));
        for (var length = 0; length < bytes.Length; length++)
        {
            var truncated = bytes[..length];
            Assert.Throws<EncodingFormatException>(() => DeltaByteArrayDecoder.Decode(truncated, 4, new ByteArrayBuffer()));
        }
    }
}
