using Lineage.Lakehouse.Parquet.Encodings;

namespace Lineage.Lakehouse.Tests.Encodings;

public class RleBitPackedHybridTests
{
    [Fact]
    public void Values_0_to_7_with_bit_width_3_become_one_bit_packed_group_as_in_the_specification()
    {
        var bytes = Encoded.By(output => RleBitPackedHybridEncoder.Encode([0, 1, 2, 3, 4, 5, 6, 7], 3, output));
        // Header: one group of 8, bit-packed ((1 << 1) | 1); then the specification's 3 bytes.
        Assert.Equal(Encoded.Hex("03 88 C6 FA"), bytes);
    }

    [Fact]
    public void A_value_repeated_100_times_becomes_one_rle_run()
    {
        var bytes = Encoded.By(output => RleBitPackedHybridEncoder.Encode(Enumerable.Repeat(5, 100).ToArray(), 3, output));
        // Header: 100 << 1 = 200 as ULEB128 (C8 01), then the value in one byte.
        Assert.Equal(Encoded.Hex("C8 01 05"), bytes);
    }

    [Fact]
    public void Distinct_values_then_a_long_repeat_give_a_bit_packed_group_then_an_rle_run()
    {
        int[] values = [1, 2, 3, 4, 5, 6, 7, 8, .. Enumerable.Repeat(9, 20)];
        var bytes = Encoded.By(output => RleBitPackedHybridEncoder.Encode(values, 4, output));
        Assert.Equal(Encoded.Hex("03 21 43 65 87 28 09"), bytes);
    }

    [Fact]
    public void Fewer_than_8_repeats_stay_bit_packed_and_the_last_group_is_padded_with_zeros()
    {
        var bytes = Encoded.By(output => RleBitPackedHybridEncoder.Encode([1, 1, 1, 1, 1, 1, 1, 2, 2], 2, output));
        // Two groups: 1 x7 then 2, then 2 and seven zeros of padding.
        Assert.Equal(Encoded.Hex("05 55 95 02 00"), bytes);
    }

    [Fact]
    public void A_bit_packed_run_holds_at_most_63_groups_so_that_its_header_is_one_byte()
    {
        var values = Enumerable.Range(0, 64 * 8).Select(i => i % 2).ToArray();
        var bytes = Encoded.By(output => RleBitPackedHybridEncoder.Encode(values, 1, output));
        Assert.Equal(0x7F, bytes[0]);
        Assert.Equal(0x03, bytes[1 + 63]);
        Assert.Equal(1 + 63 + 1 + 1, bytes.Length);
        Assert.Equal(values, Decode(bytes, 1, values.Length));
    }

    [Fact]
    public void Every_bit_width_round_trips_the_sample_sequences()
    {
        for (var width = 0; width <= 32; width++)
        {
            var max = width == 32 ? -1L : (1L << width) - 1;
            foreach (var length in SampleValues.Lengths)
            {
                foreach (var (name, sample) in SampleValues.Sequences(length, 0, width == 32 ? uint.MaxValue : max))
                {
                    var values = sample.Select(v => (int)v).ToArray();
                    var bytes = Encoded.By(output => RleBitPackedHybridEncoder.Encode(values, width, output));
                    var decoded = Decode(bytes, width, values.Length);
                    Assert.True(values.AsSpan().SequenceEqual(decoded), $"bit width {width}, {length} values, {name}");
                }
            }
        }
    }

    [Fact]
    public void Reading_in_small_pieces_gives_the_same_values_as_reading_at_once()
    {
        var values = Enumerable.Range(0, 1000).Select(i => i < 500 ? i % 7 : 3).ToArray();
        var bytes = Encoded.By(output => RleBitPackedHybridEncoder.Encode(values, 3, output));
        var decoder = new RleBitPackedHybridDecoder(bytes, 3);
        var decoded = new List<int>();
        Span<int> piece = stackalloc int[5];
        int read;
        while ((read = decoder.Read(piece)) > 0)
            decoded.AddRange(piece[..read]);
        Assert.Equal(values, decoded.Take(values.Length));
        Assert.Equal(bytes.Length, decoder.BytesConsumed);
    }

    [Fact]
    public void Read_returns_fewer_values_when_the_data_ends_at_a_run_boundary()
    {
        var bytes = Encoded.By(output => RleBitPackedHybridEncoder.Encode(Enumerable.Repeat(2, 10).ToArray(), 2, output));
        var decoder = new RleBitPackedHybridDecoder(bytes, 2);
        var destination = new int[15];
        Assert.Equal(10, decoder.Read(destination));
    }

    [Fact]
    public void Encoding_rejects_a_value_wider_than_the_bit_width() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Encoded.By(output => RleBitPackedHybridEncoder.Encode([0, 8], 3, output)));

    [Fact]
    public void Data_truncated_at_any_byte_raises_a_format_error()
    {
        var values = Enumerable.Range(0, 300).Select(i => i < 100 ? i % 30 : 17).ToArray();
        var bytes = Encoded.By(output => RleBitPackedHybridEncoder.Encode(values, 5, output));
        for (var length = 0; length < bytes.Length; length++)
        {
            var truncated = bytes[..length];
            Assert.Throws<EncodingFormatException>(() => RleBitPackedHybridDecoder.Decode(truncated, 5, new int[values.Length]));
        }
    }

    [Fact]
    public void A_bit_packed_header_announcing_more_bytes_than_remain_is_rejected_without_allocating()
    {
        // (2^31 - 1) groups, bit-packed: FF FF FF FF 0F.
        var bytes = Encoded.Hex("FF FF FF FF 0F 00 00");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<EncodingFormatException>(() => RleBitPackedHybridDecoder.Decode(bytes, 8, new int[16]));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 * 1024);
        Assert.Equal(0, error.Offset);
    }

    [Fact]
    public void A_huge_rle_run_only_fills_what_is_asked()
    {
        // 2^31 - 1 repeats of 6: header (2^31 - 1) << 1 = FE FF FF FF 0F.
        var decoder = new RleBitPackedHybridDecoder(Encoded.Hex("FE FF FF FF 0F 06"), 3);
        var destination = new int[10];
        Assert.Equal(10, decoder.Read(destination));
        Assert.All(destination, value => Assert.Equal(6, value));
    }

    [Fact]
    public void A_run_header_longer_than_32_bits_is_rejected() =>
        Assert.Throws<EncodingFormatException>(() => RleBitPackedHybridDecoder.Decode(Encoded.Hex("FF FF FF FF FF 01"), 1, new int[1]));

    [Fact]
    public void An_rle_value_wider_than_the_bit_width_is_rejected()
    {
        var error = Assert.Throws<EncodingFormatException>(() => RleBitPackedHybridDecoder.Decode(Encoded.Hex("10 09"), 3, new int[8]));
        Assert.Equal(1, error.Offset);
    }

    [Fact]
    public void Bit_width_33_is_rejected() =>
        Assert.Throws<EncodingFormatException>(() => RleBitPackedHybridDecoder.Decode([0x02, 0, 0, 0, 0, 0], 33, new int[1]));

    [Fact]
    public void Zero_length_runs_cannot_make_decoding_loop_forever()
    {
        // Every byte is an empty RLE run of a 0-bit value: decoding walks through them and finds too few values.
        var bytes = new byte[100_000];
        Assert.Throws<EncodingFormatException>(() => RleBitPackedHybridDecoder.Decode(bytes, 0, new int[1]));
    }

    [Fact]
    public void Random_bytes_either_decode_or_raise_a_format_error()
    {
        var random = new Random(3);
        var destination = new int[200];
        for (var trial = 0; trial < 3000; trial++)
        {
            var bytes = new byte[random.Next(0, 40)];
            random.NextBytes(bytes);
            var width = random.Next(0, 33);
            try
            {
                RleBitPackedHybridDecoder.Decode(bytes, width, destination);
            }
            catch (EncodingFormatException error)
            {
                Assert.InRange(error.Offset, 0, bytes.Length);
            }
        }
    }

    private static int[] Decode(byte[] bytes, int width, int count)
    {
        var decoded = new int[count];
        var consumed = RleBitPackedHybridDecoder.Decode(bytes, width, decoded);
        Assert.Equal(bytes.Length, consumed);
        return decoded;
    }
}
