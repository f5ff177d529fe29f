using Lineage.Lakehouse.Parquet.Encodings;

namespace Lineage.Lakehouse.Tests.Encodings;

public class PlainEncodingTests
{
    [Fact]
    public void Booleans_are_bit_packed_from_the_least_significant_bit()
    {
        var bytes = Encoded.By(output => PlainEncoder.Write([true, false, true, true, false, false, false, false, true], output));
        Assert.Equal(Encoded.Hex("0D 01"), bytes);
    }

    [Fact]
    public void Numbers_are_little_endian()
    {
        Assert.Equal(Encoded.Hex("01 00 00 00 FF FF FF FF"), Encoded.By(output => PlainEncoder.Write([1, -1], output)));
        Assert.Equal(Encoded.Hex("02 01 00 00 00 00 00 80"), Encoded.By(output => PlainEncoder.Write([long.MinValue + 0x0102], output)));
        Assert.Equal(Encoded.Hex("00 00 80 3F"), Encoded.By(output => PlainEncoder.Write([1.0f], output)));
        Assert.Equal(Encoded.Hex("00 00 00 00 00 00 F0 BF"), Encoded.By(output => PlainEncoder.Write([-1.0], output)));
    }

    [Fact]
    public void Byte_arrays_are_a_length_then_the_bytes()
    {
        var values = new ByteArrayBuffer();
        values.Add("ab"u8);
        values.Add([]);
        values.Add("c"u8);
        Assert.Equal(Encoded.Hex("02000000 6162 00000000 01000000 63"), Encoded.By(output => PlainEncoder.WriteByteArrays(values, output)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(1001)]
    public void Booleans_round_trip(int count)
    {
        var values = Enumerable.Range(0, count).Select(i => i % 3 == 1 || i > 900).ToArray();
        var decoded = new bool[count];
        var bytes = Encoded.By(output => PlainEncoder.Write(values, output));
        Assert.Equal((count + 7) / 8, PlainDecoder.Read(bytes, decoded));
        Assert.Equal(values, decoded);
    }

    [Fact]
    public void Int32_values_round_trip()
    {
        int[] values = [0, 1, -1, int.MinValue, int.MaxValue, 12345678];
        var decoded = new int[values.Length];
        Assert.Equal(24, PlainDecoder.Read(Encoded.By(output => PlainEncoder.Write(values, output)), decoded));
        Assert.Equal(values, decoded);
    }

    [Fact]
    public void Int64_values_round_trip()
    {
        long[] values = [0, 1, -1, long.MinValue, long.MaxValue, 1L << 40];
        var decoded = new long[values.Length];
        Assert.Equal(48, PlainDecoder.Read(Encoded.By(output => PlainEncoder.Write(values, output)), decoded));
        Assert.Equal(values, decoded);
    }

    [Fact]
    public void Float_values_round_trip_bit_for_bit()
    {
        float[] values = [0f, -0f, float.NaN, BitConverter.Int32BitsToSingle(0x7FC0_1234), float.PositiveInfinity, float.MinValue, float.Epsilon];
        var decoded = new float[values.Length];
        PlainDecoder.Read(Encoded.By(output => PlainEncoder.Write(values, output)), decoded);
        Assert.Equal(values.Select(BitConverter.SingleToInt32Bits), decoded.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void Double_values_round_trip_bit_for_bit()
    {
        double[] values = [0d, -0d, double.NaN, BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0042), double.NegativeInfinity, double.MaxValue, 1e-310];
        var decoded = new double[values.Length];
        PlainDecoder.Read(Encoded.By(output => PlainEncoder.Write(values, output)), decoded);
        Assert.Equal(values.Select(BitConverter.DoubleToInt64Bits), decoded.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void Int96_values_are_12_bytes_nanoseconds_then_julian_day()
    {
        Int96[] values = [new(1, 2), new(-1, int.MinValue)];
        var bytes = Encoded.By(output => PlainEncoder.Write(values, output));
        Assert.Equal(Encoded.Hex("0100000000000000 02000000 FFFFFFFFFFFFFFFF 00000080"), bytes);
        var decoded = new Int96[2];
        Assert.Equal(24, PlainDecoder.Read(bytes, decoded));
        Assert.Equal(values, decoded);
    }

    [Fact]
    public void Byte_arrays_round_trip_including_empty_ones()
    {
        var values = new ByteArrayBuffer();
        for (var i = 0; i < 1000; i++)
            values.Add(Enumerable.Range(0, i % 37).Select(b => (byte)(b + i)).ToArray());
        byte[] bytes = [.. Encoded.By(output => PlainEncoder.WriteByteArrays(values, output)), 0xAB];
        var decoded = new ByteArrayBuffer();
        decoded.Add("already there"u8);
        Assert.Equal(bytes.Length - 1, PlainDecoder.ReadByteArrays(bytes, values.Count, decoded));
        Assert.Equal(values.Count + 1, decoded.Count);
        for (var i = 0; i < values.Count; i++)
            Assert.True(values[i].SequenceEqual(decoded[i + 1]), $"value {i}");
    }

    [Fact]
    public void Fixed_length_byte_arrays_are_the_bare_bytes()
    {
        var values = new ByteArrayBuffer();
        values.Add([1, 2, 3]);
        values.Add([4, 5, 6]);
        var bytes = Encoded.By(output => PlainEncoder.WriteFixedLenByteArrays(values, 3, output));
        Assert.Equal(Encoded.Hex("010203 040506"), bytes);
        var decoded = new ByteArrayBuffer();
        Assert.Equal(6, PlainDecoder.ReadFixedLenByteArrays(bytes, 3, 2, decoded));
        Assert.Equal([4, 5, 6], decoded[1].ToArray());
    }

    [Fact]
    public void Fixed_length_byte_arrays_of_another_length_are_refused()
    {
        var values = new ByteArrayBuffer();
        values.Add([1, 2]);
        Assert.Throws<ArgumentException>(() => Encoded.By(output => PlainEncoder.WriteFixedLenByteArrays(values, 3, output)));
    }

    [Fact]
    public void Data_too_short_for_the_values_raises_a_format_error()
    {
        Assert.Throws<EncodingFormatException>(() => PlainDecoder.Read(new byte[7], new int[2]));
        Assert.Throws<EncodingFormatException>(() => PlainDecoder.Read(new byte[15], new double[2]));
        Assert.Throws<EncodingFormatException>(() => PlainDecoder.Read(new byte[1], new bool[9]));
        Assert.Throws<EncodingFormatException>(() => PlainDecoder.Read(new byte[23], new Int96[2]));
        Assert.Throws<EncodingFormatException>(() => PlainDecoder.ReadFixedLenByteArrays(new byte[5], 3, 2, new ByteArrayBuffer()));
    }

    [Fact]
    public void Byte_arrays_truncated_at_any_byte_raise_a_format_error()
    {
        var values = new ByteArrayBuffer();
        values.Add("hello"u8);
        values.Add([]);
        values.Add("parquet"u8);
        var bytes = Encoded.By(output => PlainEncoder.WriteByteArrays(values, output));
        for (var length = 0; length < bytes.Length; length++)
        {
            var truncated = bytes[..length];
            Assert.Throws<EncodingFormatException>(() => PlainDecoder.ReadByteArrays(truncated, 3, new ByteArrayBuffer()));
        }
    }

    [Fact]
    public void A_byte_array_length_past_the_data_raises_a_format_error_naming_its_offset()
    {
        var error = Assert.Throws<EncodingFormatException>(
            () => PlainDecoder.ReadByteArrays(Encoded.Hex("01000000 61 FFFFFFFF 62"), 2, new ByteArrayBuffer()));
        Assert.Equal(5, error.Offset);
    }

    [Fact]
    public void A_huge_value_count_is_refused_before_anything_is_allocated()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<EncodingFormatException>(() => PlainDecoder.ReadByteArrays(new byte[16], int.MaxValue, new ByteArrayBuffer()));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 * 1024);
    }
}
