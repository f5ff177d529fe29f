using System.Buffers;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>ULEB128 and zigzag variable-length integers, as used by run headers and the delta encodings.</summary>
internal static class Varint
{
    public const int MaxLength32 = 5;
    public const int MaxLength64 = 10;

    public static uint ReadUInt32(ReadOnlySpan<byte> data, ref int position, string what)
    {
        var start = position;
        uint result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (position >= data.Length)
                throw new EncodingFormatException($"The {what} ends before its last byte", start);
            uint b = data[position++];
            if (shift == 28 && b > 0x0F)
                throw new EncodingFormatException($"The {what} does not fit in 32 bits", start);
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
                return result;
        }
        throw new EncodingFormatException($"The {what} does not fit in 32 bits", start);
    }

    public static ulong ReadUInt64(ReadOnlySpan<byte> data, ref int position, string what)
    {
        var start = position;
        ulong result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            if (position >= data.Length)
                throw new EncodingFormatException($"The {what} ends before its last byte", start);
            ulong b = data[position++];
            if (shift == 63 && b > 0x01)
                throw new EncodingFormatException($"The {what} does not fit in 64 bits", start);
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
                return result;
        }
        throw new EncodingFormatException($"The {what} does not fit in 64 bits", start);
    }

    public static long ReadZigZag64(ReadOnlySpan<byte> data, ref int position, string what)
    {
        var raw = ReadUInt64(data, ref position, what);
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    public static int Write(ulong value, Span<byte> destination)
    {
        var length = 0;
        while (value >= 0x80)
        {
            destination[length++] = (byte)(value | 0x80);
            value >>= 7;
        }
        destination[length++] = (byte)value;
        return length;
    }

    public static int Write(ulong value, IBufferWriter<byte> output)
    {
        var length = Write(value, output.GetSpan(MaxLength64));
        output.Advance(length);
        return length;
    }

    public static int WriteZigZag(long value, IBufferWriter<byte> output) =>
        Write((ulong)((value << 1) ^ (value >> 63)), output);
}
