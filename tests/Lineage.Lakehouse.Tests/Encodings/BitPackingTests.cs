using Lineage.Lakehouse.Parquet.Encodings;

namespace Lineage.Lakehouse.Tests.Encodings;

public class BitPackingTests
{
    [Fact]
    public void Values_0_to_7_with_bit_width_3_pack_as_in_the_specification()
    {
        var packed = new byte[3];
        BitPacking.Pack([0, 1, 2, 3, 4, 5, 6, 7], 3, packed);
        Assert.Equal(Encoded.Hex("88 C6 FA"), packed);
    }

    [Fact]
    public void Every_32_bit_width_round_trips_from_any_starting_value()
    {
        var random = new Random(7);
        for (var width = 0; width <= 32; width++)
        {
            var values = new int[77];
            for (var i = 0; i < values.Length; i++)
                values[i] = (int)((ulong)random.NextInt64() & BitMask(width));
            var packed = new byte[BitPacking.ByteCount(values.Length, width)];
            BitPacking.Pack(values, width, packed);

            var unpacked = new int[values.Length];
            BitPacking.Unpack(packed, width, unpacked);
            Assert.Equal(values, unpacked);
            var tail = new int[values.Length - 13];
            BitPacking.Unpack(packed, width, tail, firstValue: 13);
            Assert.Equal(values[13..], tail);
        }
    }

    [Fact]
    public void Every_64_bit_width_round_trips_from_any_starting_value()
    {
        var random = new Random(11);
        for (var width = 0; width <= 64; width++)
        {
            var values = new long[75];
            for (var i = 0; i < values.Length; i++)
                values[i] = (long)(((ulong)random.NextInt64() << 1 ^ (ulong)random.NextInt64()) & BitMask(width));
            var packed = new byte[BitPacking.ByteCount(values.Length, width)];
            BitPacking.Pack(values, width, packed);

            var unpacked = new long[values.Length];
            BitPacking.Unpack(packed, width, unpacked);
            Assert.Equal(values, unpacked);
            var tail = new long[values.Length - 5];
            BitPacking.Unpack(packed, width, tail, firstValue: 5);
            Assert.Equal(values[5..], tail);
        }
    }

    [Fact]
    public void A_group_of_8_values_takes_as_many_bytes_as_its_bit_width()
    {
        for (var width = 0; width <= 64; width++)
            Assert.Equal(width, BitPacking.ByteCount(8, width));
        Assert.Equal(1, BitPacking.ByteCount(1, 1));
        Assert.Equal(5, BitPacking.ByteCount(1, 33));
    }

    [Theory]
    [InlineData(0u, 0)]
    [InlineData(1u, 1)]
    [InlineData(2u, 2)]
    [InlineData(7u, 3)]
    [InlineData(8u, 4)]
    [InlineData(uint.MaxValue, 32)]
    public void The_bit_width_of_a_maximum_is_its_significant_bits(uint max, int width) =>
        Assert.Equal(width, BitPacking.BitWidth(max));

    [Fact]
    public void Packing_rejects_a_bit_width_too_large_for_the_values() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BitPacking.Pack([1], 33, new byte[5]));

    private static ulong BitMask(int width) => width == 64 ? ulong.MaxValue : (1UL << width) - 1;
}
