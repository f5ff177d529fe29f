using Lineage.Lakehouse.Parquet.Encodings;

namespace Lineage.Lakehouse.Tests.Encodings;

public class DeltaBinaryPackedTests
{
    // The specification's examples use blocks of 8 values for brevity; real blocks hold a multiple of 128.
    // These are the same examples with the writer's blocks of 128 values in 4 miniblocks of 32.

    [Fact]
    public void Specification_example_1_has_zero_width_miniblocks()
    {
        var bytes = Encoded.By(output => DeltaBinaryPackedEncoder.Encode([1, 2, 3, 4, 5], output));
        // Header: block 128, 4 miniblocks, 5 values, first value 1 (zigzag 2). Block: min delta 1 (zigzag 2), widths 0.
        Assert.Equal(Encoded.Hex("8001 04 05 02   02 00000000"), bytes);
        Assert.Equal([1, 2, 3, 4, 5], DecodeInt32(bytes, 5));
    }

    [Fact]
    public void Specification_example_2_packs_relative_deltas_on_2_bits()
    {
        var bytes = Encoded.By(output => DeltaBinaryPackedEncoder.Encode([7, 5, 3, 1, 2, 3, 4, 5], output));
        // First value 7 (zigzag 14); min delta -2 (zigzag 3); relative deltas 0,0,0,3,3,3,3 then padding, on 2 bits.
        Assert.Equal(Encoded.Hex("8001 04 08 0E   03 02000000 C03F000000000000"), bytes);
        Assert.Equal([7, 5, 3, 1, 2, 3, 4, 5], DecodeInt32(bytes, 8));
    }

    [Fact]
    public void Int32_sample_sequences_round_trip()
    {
        foreach (var length in SampleValues.Lengths)
        {
            foreach (var (name, sample) in SampleValues.Sequences(length, int.MinValue, int.MaxValue))
            {
                var values = sample.Select(v => (int)v).ToArray();
                var bytes = Encoded.By(output => DeltaBinaryPackedEncoder.Encode(values, output));
                Assert.True(values.AsSpan().SequenceEqual(DecodeInt32(bytes, values.Length)), $"{length} values, {name}");
            }
        }
    }

    [Fact]
    public void Int64_sample_sequences_round_trip()
    {
        foreach (var length in SampleValues.Lengths)
        {
            foreach (var (name, values) in SampleValues.Sequences(length, long.MinValue, long.MaxValue))
            {
                var bytes = Encoded.By(output => DeltaBinaryPackedEncoder.Encode(values, output));
                var decoded = new long[values.Length];
                Assert.Equal(bytes.Length, DeltaBinaryPackedDecoder.Decode(bytes, decoded));
                Assert.True(values.AsSpan().SequenceEqual(decoded), $"{length} values, {name}");
            }
        }
    }

    [Fact]
    public void Int32_deltas_wrap_around_in_32_bits()
    {
        // Without wrapping, the deltas between int.MinValue and int.MaxValue would need 34 bits; wrapped they are -1 and 1.
        var values = Enumerable.Range(0, 64).Select(i => i % 2 == 0 ? int.MinValue : int.MaxValue).ToArray();
        var bytes = Encoded.By(output => DeltaBinaryPackedEncoder.Encode(values, output));
        // Header: 80 01, 04, 40, first value zigzag 2^32 - 1 in 5 bytes; block: min delta -1 (zigzag 01), then the widths.
        Assert.Equal([2, 2, 0, 0], bytes.AsSpan(10, 4).ToArray());
        Assert.Equal(values, DecodeInt32(bytes, values.Length));
    }

    [Fact]
    public void Int32_deltas_spanning_the_whole_range_take_32_bits()
    {
        var values = new int[64];
        for (var i = 1; i < values.Length; i++)
            values[i] = unchecked(values[i - 1] + (i % 2 == 1 ? int.MinValue : int.MaxValue));
        var bytes = Encoded.By(output => DeltaBinaryPackedEncoder.Encode(values, output));
        // Header: 80 01, 04, 40, 00; block: min delta int.MinValue (zigzag 2^32 - 1, 5 bytes), then the widths.
        Assert.Equal([32, 32, 0, 0], bytes.AsSpan(10, 4).ToArray());
        Assert.Equal(values, DecodeInt32(bytes, values.Length));
    }

    [Fact]
    public void An_empty_sequence_is_only_a_header()
    {
        var bytes = Encoded.By(output => DeltaBinaryPackedEncoder.Encode(ReadOnlySpan<long>.Empty, output));
        Assert.Equal(Encoded.Hex("8001 04 00 00"), bytes);
        var decoder = new DeltaBinaryPackedDecoder(bytes);
        Assert.Equal(0, decoder.ValueCount);
        Assert.Equal(0, decoder.Read(new long[4]));
    }

    [Fact]
    public void Reading_in_small_pieces_gives_the_same_values()
    {
        var values = Enumerable.Range(0, 777).Select(i => (long)i * i - 5000).ToArray();
        var bytes = Encoded.By(output => DeltaBinaryPackedEncoder.Encode(values, output));
        var decoder = new DeltaBinaryPackedDecoder(bytes);
        var decoded = new List<long>();
        Span<long> piece = stackalloc long[3];
        int read;
        while ((read = decoder.Read(piece)) > 0)
            decoded.AddRange(piece[..read]);
        Assert.Equal(values, decoded);
        Assert.Equal(bytes.Length, decoder.BytesConsumed);
    }

    [Fact]
    public void Other_block_layouts_unused_bit_widths_and_dirty_padding_are_read()
    {
        // Blocks of 256 values in 2 miniblocks of 128; 3 values: 10, 13, 11.
        // Deltas 3, -2: min -2 (zigzag 3), relative 5, 0 on 3 bits, padding bits set to 1 (readers must accept any);
        // the second miniblock is unused and its width byte holds garbage (0xEE).
        var miniblock = Enumerable.Repeat((byte)0xFF, 128 * 3 / 8).ToArray();
        miniblock[0] = 0b11_000_101;
        byte[] bytes = [0x80, 0x02, 0x02, 0x03, 0x14, 0x03, 0x03, 0xEE, .. miniblock, 0x99];
        var decoded = new int[3];
        Assert.Equal(bytes.Length - 1, DeltaBinaryPackedDecoder.Decode(bytes, decoded));
        Assert.Equal([10, 13, 11], decoded);
    }

    [Fact]
    public void Data_truncated_at_any_byte_raises_a_format_error()
    {
        var values = Enumerable.Range(0, 300).Select(i => (long)(i % 50) * 1_000_000_007L).ToArray();
        var bytes = Encoded.By(output => DeltaBinaryPackedEncoder.Encode(values, output));
        for (var length = 0; length < bytes.Length; length++)
        {
            var truncated = bytes[..length];
            Assert.Throws<EncodingFormatException>(() => DeltaBinaryPackedDecoder.Decode(truncated, new long[values.Length]));
        }
    }

    [Theory]
    [InlineData("00 04 05 02", "block size")]
    [InlineData("64 04 05 02", "block size")]
    [InlineData("8001 00 05 02", "miniblocks")]
    [InlineData("8001 03 05 02", "miniblocks")]
    [InlineData("8001 08 05 02", "miniblocks")]
    [InlineData("8001 04 FFFFFFFF07 02 00 00000000", "announces")]
    [InlineData("8001 04 05 02 00 41000000", "bit width 65")]
    [InlineData("8001 04 05 02 00 20000000 00", "needs 128 bytes")]
    public void Inconsistent_headers_and_blocks_are_rejected(string hex, string reason)
    {
        var error = Assert.Throws<EncodingFormatException>(() => DeltaBinaryPackedDecoder.Decode(Encoded.Hex(hex), new long[5]));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Fewer_values_than_expected_raise_a_format_error()
    {
        var bytes = Encoded.By(output => DeltaBinaryPackedEncoder.Encode([1, 2, 3], output));
        Assert.Throws<EncodingFormatException>(() => DeltaBinaryPackedDecoder.Decode(bytes, new int[4]));
    }

    [Fact]
    public void Random_bytes_either_decode_or_raise_a_format_error()
    {
        var random = new Random(5);
        var destination = new long[300];
        for (var trial = 0; trial < 3000; trial++)
        {
            var bytes = new byte[random.Next(0, 60)];
            random.NextBytes(bytes);
            if (bytes.Length > 3 && trial % 2 == 0)
                (bytes[0], bytes[1], bytes[2]) = ((byte)0x80, (byte)0x01, (byte)0x04);
            try
            {
                var decoder = new DeltaBinaryPackedDecoder(bytes);
                decoder.Read(destination);
            }
            catch (EncodingFormatException error)
            {
                Assert.InRange(error.Offset, 0, bytes.Length);
            }
        }
    }

    private static int[] DecodeInt32(byte[] bytes, int count)
    {
        var decoded = new int[count];
        Assert.Equal(bytes.Length, DeltaBinaryPackedDecoder.Decode(bytes, decoded));
        return decoded;
    }
}
