using System.Buffers;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// Writes DELTA_BYTE_ARRAY (front compression): the length of the prefix each value shares with the one before,
/// DELTA_BINARY_PACKED, then the remaining suffixes as DELTA_LENGTH_BYTE_ARRAY.
/// </summary>
public static class DeltaByteArrayEncoder
{
    /// <summary>Returns the bytes written.</summary>
    public static int Encode(ByteArrayBuffer values, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(output);
        var count = values.Count;
        var prefixes = ArrayPool<int>.Shared.Rent(count);
        var suffixes = ArrayPool<int>.Shared.Rent(count);
        try
        {
            var previous = ReadOnlySpan<byte>.Empty;
            for (var i = 0; i < count; i++)
            {
                var value = values[i];
                prefixes[i] = value.CommonPrefixLength(previous);
                suffixes[i] = value.Length - prefixes[i];
                previous = value;
            }
            var written = DeltaBinaryPackedEncoder.Encode(prefixes.AsSpan(0, count), output)
                + DeltaBinaryPackedEncoder.Encode(suffixes.AsSpan(0, count), output);
            for (var i = 0; i < count; i++)
            {
                output.Write(values[i][prefixes[i]..]);
                written += suffixes[i];
            }
            return written;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(prefixes);
            ArrayPool<int>.Shared.Return(suffixes);
        }
    }
}
