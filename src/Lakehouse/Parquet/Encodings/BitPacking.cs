using System.Buffers.Binary;
using System.Numerics;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// Bit-packing as Parquet's RLE/bit-packed hybrid and delta encodings use it: values back to back, each with
/// <c>bitWidth</c> bits, filled from the least significant bit of each byte. A group of 8 values always takes
/// exactly <c>bitWidth</c> bytes.
/// </summary>
public static class BitPacking
{
    /// <summary>Bytes needed for <paramref name="valueCount"/> values of <paramref name="bitWidth"/> bits.</summary>
    public static long ByteCount(long valueCount, int bitWidth) => (valueCount * bitWidth + 7) >> 3;

    /// <summary>Bits needed to hold every value from 0 to <paramref name="maxValue"/>.</summary>
    public static int BitWidth(uint maxValue) => 32 - BitOperations.LeadingZeroCount(maxValue);

    /// <inheritdoc cref="BitWidth(uint)"/>
    public static int BitWidth(ulong maxValue) => 64 - BitOperations.LeadingZeroCount(maxValue);

    /// <summary>
    /// Packs <paramref name="values"/> (each must fit in <paramref name="bitWidth"/> bits, 0..32; higher bits are
    /// dropped) into the first <see cref="ByteCount"/> bytes of <paramref name="destination"/>.
    /// </summary>
    public static void Pack(ReadOnlySpan<int> values, int bitWidth, Span<byte> destination)
    {
        CheckWidth(bitWidth, 32);
        var mask = Mask(bitWidth);
        ulong pending = 0;
        var pendingBits = 0;
        var position = 0;
        foreach (var value in values)
        {
            pending |= ((uint)value & mask) << pendingBits;
            pendingBits += bitWidth;
            if (pendingBits >= 32)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(destination[position..], (uint)pending);
                position += 4;
                pending >>= 32;
                pendingBits -= 32;
            }
        }
        Flush(pending, pendingBits, destination[position..]);
    }

    /// <summary>Packs 64-bit <paramref name="values"/> with <paramref name="bitWidth"/> 0..64.</summary>
    public static void Pack(ReadOnlySpan<long> values, int bitWidth, Span<byte> destination)
    {
        CheckWidth(bitWidth, 64);
        var mask = Mask(bitWidth);
        ulong pending = 0;
        var pendingBits = 0;
        var position = 0;
        foreach (var value in values)
        {
            var bits = (ulong)value & mask;
            pending |= bits << pendingBits;
            var total = pendingBits + bitWidth;
            if (total >= 64)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(destination[position..], pending);
                position += 8;
                // The high bits of this value that did not fit; a shift by 64 would be a shift by 0 in C#.
                pending = pendingBits == 0 ? 0 : bits >> (64 - pendingBits);
                total -= 64;
            }
            pendingBits = total;
        }
        Flush(pending, pendingBits, destination[position..]);
    }

    /// <summary>
    /// Unpacks <c>destination.Length</c> values of <paramref name="bitWidth"/> bits (0..32), starting with value
    /// number <paramref name="firstValue"/> of <paramref name="packed"/>. Bits past the end of
    /// <paramref name="packed"/> read as zero; callers check the length first.
    /// </summary>
    public static void Unpack(ReadOnlySpan<byte> packed, int bitWidth, Span<int> destination, long firstValue = 0)
    {
        CheckWidth(bitWidth, 32);
        if (bitWidth == 0)
        {
            destination.Clear();
            return;
        }
        var mask = Mask(bitWidth);
        var bitOffset = firstValue * bitWidth;
        // Fast path while 8 bytes can be read at once: a value starts within its first byte, so it spans at most 39 bits.
        var fastEnd = packed.Length - 8;
        var i = 0;
        for (; i < destination.Length; i++, bitOffset += bitWidth)
        {
            var byteIndex = (int)(bitOffset >> 3);
            if (byteIndex > fastEnd)
                break;
            var word = BinaryPrimitives.ReadUInt64LittleEndian(packed[byteIndex..]);
            destination[i] = (int)((word >> (int)(bitOffset & 7)) & mask);
        }
        for (; i < destination.Length; i++, bitOffset += bitWidth)
            destination[i] = (int)(ReadBits(packed, bitOffset, bitWidth) & mask);
    }

    /// <summary>Unpacks 64-bit values of <paramref name="bitWidth"/> bits (0..64); see the 32-bit overload.</summary>
    public static void Unpack(ReadOnlySpan<byte> packed, int bitWidth, Span<long> destination, long firstValue = 0)
    {
        CheckWidth(bitWidth, 64);
        if (bitWidth == 0)
        {
            destination.Clear();
            return;
        }
        var mask = Mask(bitWidth);
        var bitOffset = firstValue * bitWidth;
        var fastEnd = packed.Length - 9;
        var i = 0;
        for (; i < destination.Length; i++, bitOffset += bitWidth)
        {
            var byteIndex = (int)(bitOffset >> 3);
            if (byteIndex > fastEnd)
                break;
            var shift = (int)(bitOffset & 7);
            var word = BinaryPrimitives.ReadUInt64LittleEndian(packed[byteIndex..]) >> shift;
            if (shift + bitWidth > 64)
                word |= (ulong)packed[byteIndex + 8] << (64 - shift);
            destination[i] = (long)(word & mask);
        }
        for (; i < destination.Length; i++, bitOffset += bitWidth)
            destination[i] = (long)(ReadBits(packed, bitOffset, bitWidth) & mask);
    }

    internal static ulong Mask(int bitWidth) => bitWidth == 64 ? ulong.MaxValue : (1UL << bitWidth) - 1;

    private static ulong ReadBits(ReadOnlySpan<byte> packed, long bitOffset, int bitWidth)
    {
        var byteIndex = (int)(bitOffset >> 3);
        var shift = (int)(bitOffset & 7);
        var needed = (shift + bitWidth + 7) >> 3;
        ulong low = 0;
        ulong high = 0;
        for (var k = 0; k < needed && byteIndex + k < packed.Length; k++)
        {
            if (k < 8)
                low |= (ulong)packed[byteIndex + k] << (8 * k);
            else
                high = packed[byteIndex + k];
        }
        var result = low >> shift;
        if (shift > 0)
            result |= high << (64 - shift);
        return result;
    }

    private static void Flush(ulong pending, int pendingBits, Span<byte> destination)
    {
        for (var k = 0; pendingBits > 0; k++, pendingBits -= 8, pending >>= 8)
            destination[k] = (byte)pending;
    }

    private static void CheckWidth(int bitWidth, int max)
    {
        if ((uint)bitWidth > (uint)max)
            throw new ArgumentOutOfRangeException(nameof(bitWidth), bitWidth, $"A bit width must be between 0 and {max}.");
    }
}
