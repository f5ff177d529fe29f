using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// Reads BYTE_STREAM_SPLIT. The streams have no header: their length N is the data length divided by the value
/// size, so the data must be exactly the encoded values of the page. Every method reads values
/// <c>firstValue</c> to <c>firstValue + destination count - 1</c> (all of them by default).
/// </summary>
public static class ByteStreamSplitDecoder
{
    public static void Decode(ReadOnlySpan<byte> data, Span<float> destination, int firstValue = 0) => DecodeNative(data, destination, firstValue);

    public static void Decode(ReadOnlySpan<byte> data, Span<double> destination, int firstValue = 0) => DecodeNative(data, destination, firstValue);

    public static void Decode(ReadOnlySpan<byte> data, Span<int> destination, int firstValue = 0) => DecodeNative(data, destination, firstValue);

    public static void Decode(ReadOnlySpan<byte> data, Span<long> destination, int firstValue = 0) => DecodeNative(data, destination, firstValue);

    /// <summary>FIXED_LEN_BYTE_ARRAY values of <paramref name="width"/> bytes, written back to back into <paramref name="destination"/>.</summary>
    public static void Decode(ReadOnlySpan<byte> data, int width, Span<byte> destination, int firstValue = 0) =>
        Gather(data, width, reverseBytes: false, destination, firstValue);

    /// <summary>Adds <paramref name="count"/> FIXED_LEN_BYTE_ARRAY values of <paramref name="width"/> bytes to <paramref name="destination"/>.</summary>
    public static void DecodeFixedLenByteArrays(ReadOnlySpan<byte> data, int width, int count, ByteArrayBuffer destination, int firstValue = 0)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        CheckRange(data, width, count, firstValue);
        Gather(data, width, reverseBytes: false, destination.AllocateFixedLength(count, width), firstValue);
    }

    private static void DecodeNative<T>(ReadOnlySpan<byte> data, Span<T> destination, int firstValue)
        where T : unmanaged =>
        Gather(data, Unsafe.SizeOf<T>(), !BitConverter.IsLittleEndian, MemoryMarshal.AsBytes(destination), firstValue);

    private static void Gather(ReadOnlySpan<byte> data, int width, bool reverseBytes, Span<byte> destination, int firstValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        if (destination.Length % width != 0)
            throw new ArgumentException($"{destination.Length} bytes are not a whole number of {width}-byte values.", nameof(destination));
        var count = destination.Length / width;
        CheckRange(data, width, count, firstValue);
        var streamLength = data.Length / width;
        for (var stream = 0; stream < width; stream++)
        {
            var source = data.Slice(stream * streamLength + firstValue, count);
            var target = reverseBytes ? width - 1 - stream : stream;
            for (var i = 0; i < source.Length; i++)
                destination[i * width + target] = source[i];
        }
    }

    private static void CheckRange(ReadOnlySpan<byte> data, int width, int count, int firstValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(firstValue);
        if (data.Length % width != 0)
            throw new EncodingFormatException(
                $"BYTE_STREAM_SPLIT data of {data.Length} bytes is not a whole number of {width}-byte values", 0);
        var streamLength = data.Length / width;
        if ((long)firstValue + count > streamLength)
            throw new EncodingFormatException(
                $"BYTE_STREAM_SPLIT data holds {streamLength} values; values {firstValue} to {(long)firstValue + count - 1} were asked for", 0);
    }
}
