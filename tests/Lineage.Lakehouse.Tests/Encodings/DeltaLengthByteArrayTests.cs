using Lineage.Lakehouse.Parquet.Encodings;

namespace Lineage.Lakehouse.Tests.Encodings;

public class DeltaLengthByteArrayTests
{
    [Fact]
    public void Specification_example_stores_the_lengths_then_the_concatenated_bytes()
    {
        var values = Buffer("Hello", "World", "Foobar", "ABCDEF");
        var bytes = Encoded.By(output => DeltaLengthByteArrayEncoder.Encode(values, output));

        var lengths = new int[4];
        var lengthBytes = DeltaBinaryPackedDecoder.Decode(bytes, lengths);
        Assert.Equal([5, 5, 6, 6], lengths);
        Assert.Equal("HelloWorldFoobarABCDEF"u8.ToArray(), bytes[lengthBytes..]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(129)]
    [InlineData(1500)]
    public void Values_round_trip_including_empty_ones(int count)
    {
        var values = new ByteArrayBuffer();
        for (var i = 0; i < count; i++)
            values.Add(Enumerable.Range(0, i * 7 % 23).Select(b => (byte)(b ^ i)).ToArray());
        byte[] bytes = [.. Encoded.By(output => DeltaLengthByteArrayEncoder.Encode(values, output)), 0x42];
        var decoded = new ByteArrayBuffer();
        Assert.Equal(bytes.Length - 1, DeltaLengthByteArrayDecoder.Decode(bytes, count, decoded));
        AssertSame(values, decoded);
    }

    [Fact]
    public void A_count_other_than_the_header_count_is_rejected()
    {
        var bytes = Encoded.By(output => DeltaLengthByteArrayEncoder.Encode(Buffer("a", "b"), output));
        Assert.Throws<EncodingFormatException>(() => DeltaLengthByteArrayDecoder.Decode(bytes, 3, new ByteArrayBuffer()));
    }

    [Fact]
    public void Data_truncated_at_any_byte_raises_a_format_error()
    {
        var bytes = Encoded.By(output => DeltaLengthByteArrayEncoder.Encode(Buffer("Hello", "", "World"), output));
        for (var length = 0; length < bytes.Length; length++)
        {
            var truncated = bytes[..length];
            Assert.Throws<EncodingFormatException>(() => DeltaLengthByteArrayDecoder.Decode(truncated, 3, new ByteArrayBuffer()));
        }
    }

    [Fact]
    public void A_negative_length_is_rejected()
    {
        var lengths = Encoded.By(output => DeltaBinaryPackedEncoder.Encode([2, -1], output));
        byte[] bytes = [.. lengths, 0x61, 0x62];
        var error = Assert.Throws<EncodingFormatException>(() => DeltaLengthByteArrayDecoder.Decode(bytes, 2, new ByteArrayBuffer()));
        Assert.Contains("negative", error.Message);
        Assert.Equal(lengths.Length, error.Offset);
    }

    [Fact]
    public void A_failed_decode_leaves_the_destination_as_it_was()
    {
        var destination = Buffer("kept");
        var bytes = Encoded.By(output => DeltaLengthByteArrayEncoder.Encode(Buffer("abc", "de"), output));
        Assert.Throws<EncodingFormatException>(() => DeltaLengthByteArrayDecoder.Decode(bytes[..^1], 2, destination));
        Assert.Equal(1, destination.Count);
        Assert.Equal("kept"u8.ToArray(), destination[0].ToArray());
    }

    internal static ByteArrayBuffer Buffer(params string[] values)
    {
        var buffer = new ByteArrayBuffer();
        foreach (var value in values)
            buffer.Add(System.Text.Encoding.UTF8.GetBytes(value));
        return buffer;
    }

    internal static void AssertSame(ByteArrayBuffer expected, ByteArrayBuffer actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
            Assert.True(expected[i].SequenceEqual(actual[i]), $"value {i}");
    }
}
