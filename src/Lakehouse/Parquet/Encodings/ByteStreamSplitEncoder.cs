using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// Writes BYTE_STREAM_SPLIT: for values of K bytes, K streams of N bytes, stream k holding byte k (of the
/// little-endian representation) of every value. Each method returns the bytes written (K × N).
/// </summary>
public static class ByteStreamSplitEncoder
{
    private const int Chunk = 4096;

    public static int Encode(ReadOnlySpan<float> values, IBufferWriter<byte> output) => EncodeNative(values, output);

    public static int Encode(ReadOnlySpan<double> values, IBufferWriter<byte> output) => EncodeNative(values, output);

    public static int Encode(ReadOnlySpan<int> values, IBufferWriter<byte> output) => EncodeNative(values, output);

    public static int Encode(ReadOnlySpan<long> values, IBufferWriter<byte> output) => EncodeNative(values, output);

    /// <summary>FIXED_LEN_BYTE_ARRAY values of <paramref name="width"/> bytes, given back to back.</summary>
    public static int Encode(ReadOnlySpan<byte> values, int width, IBufferWriter<byte> output) =>
        Scatter(values, width, reverseBytes: false, output);

    private static int EncodeNative<T>(ReadOnlySpan<T> values, IBufferWriter<byte> output)
        where T : unmanaged =>
        Scatter(MemoryMarshal.AsBytes(values), Unsafe.SizeOf<T>(), !BitConverter.IsLittleEndian, output);

    private static int Scatter(ReadOnlySpan<byte> values, int width, bool reverseBytes, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        if (values.Length % width != 0)
            throw new ArgumentException($"{values.Length} bytes are not a whole number of {width}-byte values.", nameof(values));
        var count = values.Length / width;
        for (var stream = 0; stream < width; stream++)
        {
            var source = reverseBytes ? width - 1 - stream : stream;
            for (var start = 0; start < count; start += Chunk)
            {
                var length = Math.Min(Chunk, count - start);
                var span = output.GetSpan(length);
                for (var i = 0; i < length; i++)
                    span[i] = values[(start + i) * width + source];
                output.Advance(length);
            }
        }
        return values.Length;
    }
}
