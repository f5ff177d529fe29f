using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// Reads PLAIN-encoded values from the start of the data; each method reads as many values as its destination
/// holds (or <c>count</c>) and returns the bytes they took. Data too short for them raises
/// <see cref="EncodingFormatException"/>.
/// </summary>
public static class PlainDecoder
{
    public static int Read(ReadOnlySpan<byte> data, Span<bool> destination)
    {
        var length = (int)Need(data, destination.Length, 1, 8, "BOOLEAN");
        for (var i = 0; i < destination.Length; i++)
            destination[i] = (data[i >> 3] & (1 << (i & 7))) != 0;
        return length;
    }

    public static int Read(ReadOnlySpan<byte> data, Span<int> destination) => ReadLittleEndian(data, destination, "INT32");

    public static int Read(ReadOnlySpan<byte> data, Span<long> destination) => ReadLittleEndian(data, destination, "INT64");

    public static int Read(ReadOnlySpan<byte> data, Span<float> destination) => ReadLittleEndian(data, destination, "FLOAT");

    public static int Read(ReadOnlySpan<byte> data, Span<double> destination) => ReadLittleEndian(data, destination, "DOUBLE");

    public static int Read(ReadOnlySpan<byte> data, Span<Int96> destination)
    {
        var length = (int)Need(data, destination.Length, Int96.Size, 1, "INT96");
        for (var i = 0; i < destination.Length; i++)
            destination[i] = Int96.Read(data.Slice(i * Int96.Size, Int96.Size));
        return length;
    }

    public static int ReadByteArrays(ReadOnlySpan<byte> data, int count, ByteArrayBuffer destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        // Every value takes at least its 4-byte length: check before sizing the buffer by the count.
        Need(data, count, 4, 1, "BYTE_ARRAY");
        destination.EnsureCapacity(destination.Count + count, (long)destination.TotalBytes + data.Length - 4L * count);
        var position = 0;
        for (var i = 0; i < count; i++)
        {
            if (data.Length - position < 4)
                throw new EncodingFormatException($"BYTE_ARRAY value {i} of {count} is missing its 4-byte length", position);
            var length = BinaryPrimitives.ReadUInt32LittleEndian(data[position..]);
            if (length > data.Length - position - 4)
                throw new EncodingFormatException(
                    $"BYTE_ARRAY value {i} of {count} is said to take {length} bytes but only {data.Length - position - 4} remain", position);
            destination.Add(data.Slice(position + 4, (int)length));
            position += 4 + (int)length;
        }
        return position;
    }

    public static int ReadFixedLenByteArrays(ReadOnlySpan<byte> data, int width, int count, ByteArrayBuffer destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var length = (int)Need(data, count, width, 1, "FIXED_LEN_BYTE_ARRAY");
        destination.AddFixedLength(data[..length], width);
        return length;
    }

    private static int ReadLittleEndian<T>(ReadOnlySpan<byte> data, Span<T> destination, string type)
        where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(destination);
        var size = bytes.Length / Math.Max(destination.Length, 1);
        var length = (int)Need(data, destination.Length, size, 1, type);
        data[..length].CopyTo(bytes);
        if (!BitConverter.IsLittleEndian)
        {
            for (var start = 0; start < length; start += size)
                bytes.Slice(start, size).Reverse();
        }
        return length;
    }

    /// <summary>Bytes taken by <paramref name="count"/> values of <paramref name="bytesPer"/>/<paramref name="valuesPer"/> bytes, checked against the data.</summary>
    private static long Need(ReadOnlySpan<byte> data, long count, int bytesPer, int valuesPer, string type)
    {
        var needed = (count * bytesPer + valuesPer - 1) / valuesPer;
        if (needed > data.Length)
            throw new EncodingFormatException(
                $"{count} PLAIN {type} values need {needed} bytes but only {data.Length} remain", 0);
        return needed;
    }
}
