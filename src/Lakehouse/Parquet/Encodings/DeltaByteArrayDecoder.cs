using System.Buffers;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// Reads DELTA_BYTE_ARRAY (front compression): DELTA_BINARY_PACKED prefix lengths, DELTA_BINARY_PACKED suffix
/// lengths, then the suffixes; each value is the given prefix of the value before it followed by its suffix.
/// </summary>
public static class DeltaByteArrayDecoder
{
    /// <summary>
    /// Adds the <paramref name="count"/> values (the number both length headers must announce) to
    /// <paramref name="destination"/>; returns the bytes they took.
    /// </summary>
    public static int Decode(ReadOnlySpan<byte> data, int count, ByteArrayBuffer destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var prefixDecoder = new DeltaBinaryPackedDecoder(data);
        DeltaLengthByteArrayDecoder.CheckCount(prefixDecoder.ValueCount, count, "prefix lengths", 0);
        var prefixes = ArrayPool<int>.Shared.Rent(count);
        var suffixes = ArrayPool<int>.Shared.Rent(count);
        try
        {
            prefixDecoder.Read(prefixes.AsSpan(0, count));
            var suffixStart = prefixDecoder.BytesConsumed;
            int position;
            try
            {
                var suffixDecoder = new DeltaBinaryPackedDecoder(data[suffixStart..]);
                DeltaLengthByteArrayDecoder.CheckCount(suffixDecoder.ValueCount, count, "suffix lengths", 0);
                suffixDecoder.Read(suffixes.AsSpan(0, count));
                position = suffixStart + suffixDecoder.BytesConsumed;
            }
            catch (EncodingFormatException e)
            {
                throw e.Shifted(suffixStart);
            }
            var previousLength = 0;
            for (var i = 0; i < count; i++)
            {
                var prefix = prefixes[i];
                var suffix = suffixes[i];
                if (prefix < 0 || prefix > previousLength)
                    throw new EncodingFormatException(
                        $"Value {i} takes a prefix of {prefix} bytes from a value of {previousLength} bytes", position);
                if (suffix < 0 || suffix > data.Length - position)
                    throw new EncodingFormatException(
                        $"Value {i} has a suffix of {suffix} bytes but only {data.Length - position} remain", position);
                if ((long)destination.TotalBytes + prefix + suffix > Array.MaxLength)
                    throw new EncodingFormatException($"Value {i} makes the decoded values larger than {Array.MaxLength} bytes", position);
                var value = destination.Allocate(prefix + suffix);
                if (prefix > 0)
                    destination[destination.Count - 2][..prefix].CopyTo(value);
                data.Slice(position, suffix).CopyTo(value[prefix..]);
                position += suffix;
                previousLength = prefix + suffix;
            }
            return position;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(prefixes);
            ArrayPool<int>.Shared.Return(suffixes);
        }
    }
}
