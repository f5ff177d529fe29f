using System.Buffers;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>Writes DELTA_LENGTH_BYTE_ARRAY: the lengths DELTA_BINARY_PACKED, then every value's bytes back to back.</summary>
public static class DeltaLengthByteArrayEncoder
{
    /// <summary>Returns the bytes written.</summary>
    public static int Encode(ByteArrayBuffer values, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(output);
        var lengths = ArrayPool<int>.Shared.Rent(values.Count);
        try
        {
            var offsets = values.Offsets;
            for (var i = 0; i < values.Count; i++)
                lengths[i] = offsets[i + 1] - offsets[i];
            var written = DeltaBinaryPackedEncoder.Encode(lengths.AsSpan(0, values.Count), output);
            output.Write(values.Bytes);
            return written + values.TotalBytes;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(lengths);
        }
    }
}
