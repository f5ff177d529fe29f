using System.Buffers.Binary;
using System.Buffers;
using System.Runtime.InteropServices;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// The PLAIN encoding of every physical type: booleans bit-packed from the least significant bit, numbers
/// little-endian, BYTE_ARRAY as a 4-byte length then the bytes, FIXED_LEN_BYTE_ARRAY as the bare bytes.
/// Each method returns the bytes written.
/// </summary>
public static class PlainEncoder
{
    public static int Write(ReadOnlySpan<bool> values, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var length = (values.Length + 7) / 8;
        var span = output.GetSpan(length)[..length];
        span.Clear();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i])
                span[i >> 3] |= (byte)(1 << (i & 7));
        }
        output.Advance(length);
        return length;
    }

    public static int Write(ReadOnlySpan<int> values, IBufferWriter<byte> output) => WriteLittleEndian(values, output);

    public static int Write(ReadOnlySpan<long> values, IBufferWriter<byte> output) => WriteLittleEndian(values, output);

    public static int Write(ReadOnlySpan<float> values, IBufferWriter<byte> output) => WriteLittleEndian(values, output);

    public static int Write(ReadOnlySpan<double> values, IBufferWriter<byte> output) => WriteLittleEndian(values, output);

    public static int Write(ReadOnlySpan<Int96> values, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var value in values)
        {
            value.Write(output.GetSpan(Int96.Size));
            output.Advance(Int96.Size);
        }
        return values.Length * Int96.Size;
    }

    /// <summary>One BYTE_ARRAY value: its 4-byte length, then its bytes.</summary>
    public static int WriteByteArray(ReadOnlySpan<byte> value, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        BinaryPrimitives.WriteInt32LittleEndian(output.GetSpan(4), value.Length);
        output.Advance(4);
        output.Write(value);
        return 4 + value.Length;
    }

    public static int WriteByteArrays(ByteArrayBuffer values, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(values);
        var written = 0;
        for (var i = 0; i < values.Count; i++)
            written += WriteByteArray(values[i], output);
        return written;
    }

    /// <summary>FIXED_LEN_BYTE_ARRAY values, each of which must be <paramref name="width"/> bytes long.</summary>
    public static int WriteFixedLenByteArrays(ByteArrayBuffer values, int width, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(output);
        for (var i = 0; i < values.Count; i++)
        {
            if (values.LengthOf(i) != width)
                throw new ArgumentException(
                    $"Value {i} is {values.LengthOf(i)} bytes long; this FIXED_LEN_BYTE_ARRAY column takes {width}-byte values.", nameof(values));
        }
        output.Write(values.Bytes);
        return values.TotalBytes;
    }

    internal static int WriteLittleEndian<T>(ReadOnlySpan<T> values, IBufferWriter<byte> output)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = MemoryMarshal.AsBytes(values);
        if (BitConverter.IsLittleEndian)
        {
            output.Write(bytes);
            return bytes.Length;
        }
        var size = bytes.Length / Math.Max(values.Length, 1);
        for (var start = 0; start < bytes.Length; start += size)
        {
            var span = output.GetSpan(size);
            bytes.Slice(start, size).CopyTo(span);
            span[..size].Reverse();
            output.Advance(size);
        }
        return bytes.Length;
    }
}
