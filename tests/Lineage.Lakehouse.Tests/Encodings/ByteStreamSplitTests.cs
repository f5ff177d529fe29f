using Lineage.Lakehouse.Parquet.Encodings;

namespace Lineage.Lakehouse.Tests.Encodings;

public class ByteStreamSplitTests
{
    [Fact]
    public void Specification_example_scatters_the_bytes_of_three_floats()
    {
        var raw = Encoded.Hex("AABBCCDD 00112233 A3B4C5D6");
        var bytes = Encoded.By(output => ByteStreamSplitEncoder.Encode(raw, 4, output));
        Assert.Equal(Encoded.Hex("AA 00 A3 BB 11 B4 CC 22 C5 DD 33 D6"), bytes);

        var floats = new float[3];
        ByteStreamSplitDecoder.Decode(bytes, floats);
        Assert.Equal(raw, Encoded.By(output => PlainEncoder.Write(floats, output)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(5000)]
    public void Numbers_of_every_supported_type_round_trip(int count)
    {
        var random = new Random(count);
        var floats = Enumerable.Range(0, count).Select(_ => BitConverter.Int32BitsToSingle(random.Next())).ToArray();
        var doubles = Enumerable.Range(0, count).Select(_ => BitConverter.Int64BitsToDouble(random.NextInt64())).ToArray();
        var ints = Enumerable.Range(0, count).Select(i => i % 2 == 0 ? int.MinValue + i : random.Next()).ToArray();
        var longs = Enumerable.Range(0, count).Select(i => i % 3 == 0 ? long.MaxValue - i : -random.NextInt64()).ToArray();

        var decodedFloats = new float[count];
        ByteStreamSplitDecoder.Decode(Encoded.By(output => ByteStreamSplitEncoder.Encode(floats, output)), decodedFloats);
        Assert.Equal(floats.Select(BitConverter.SingleToInt32Bits), decodedFloats.Select(BitConverter.SingleToInt32Bits));
        var decodedDoubles = new double[count];
        ByteStreamSplitDecoder.Decode(Encoded.By(output => ByteStreamSplitEncoder.Encode(doubles, output)), decodedDoubles);
        Assert.Equal(doubles.Select(BitConverter.DoubleToInt64Bits), decodedDoubles.Select(BitConverter.DoubleToInt64Bits));
        var decodedInts = new int[count];
        ByteStreamSplitDecoder.Decode(Encoded.By(output => ByteStreamSplitEncoder.Encode(ints, output)), decodedInts);
        Assert.Equal(ints, decodedInts);
        var decodedLongs = new long[count];
        ByteStreamSplitDecoder.Decode(Encoded.By(output => ByteStreamSplitEncoder.Encode(longs, output)), decodedLongs);
        Assert.Equal(longs, decodedLongs);
    }

    [Fact]
    public void Int32_streams_hold_the_little_endian_bytes_in_order()
    {
        var bytes = Encoded.By(output => ByteStreamSplitEncoder.Encode([0x04030201, 0x08070605], output));
        Assert.Equal(Encoded.Hex("0105 0206 0307 0408"), bytes);
    }

    [Fact]
    public void Fixed_length_byte_arrays_round_trip_into_a_buffer()
    {
        var raw = Enumerable.Range(0, 5 * 3).Select(i => (byte)i).ToArray();
        var bytes = Encoded.By(output => ByteStreamSplitEncoder.Encode(raw, 5, output));
        var decoded = new ByteArrayBuffer();
        ByteStreamSplitDecoder.DecodeFixedLenByteArrays(bytes, 5, 3, decoded);
        Assert.Equal(3, decoded.Count);
        Assert.Equal(raw[10..], decoded[2].ToArray());
    }

    [Fact]
    public void A_range_of_values_can_be_read_from_the_middle()
    {
        var longs = Enumerable.Range(0, 100).Select(i => (long)i * 0x0101010101L).ToArray();
        var bytes = Encoded.By(output => ByteStreamSplitEncoder.Encode(longs, output));
        var middle = new long[10];
        ByteStreamSplitDecoder.Decode(bytes, middle, firstValue: 45);
        Assert.Equal(longs[45..55], middle);
    }

    [Fact]
    public void Data_that_is_not_whole_values_is_rejected() =>
        Assert.Throws<EncodingFormatException>(() => ByteStreamSplitDecoder.Decode(new byte[9], new double[1]));

    [Fact]
    public void Asking_for_more_values_than_the_data_holds_is_rejected()
    {
        Assert.Throws<EncodingFormatException>(() => ByteStreamSplitDecoder.Decode(new byte[16], new int[5]));
        Assert.Throws<EncodingFormatException>(() => ByteStreamSplitDecoder.Decode(new byte[16], new int[2], firstValue: 3));
    }
}
