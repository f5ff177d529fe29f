namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>Reads DELTA_LENGTH_BYTE_ARRAY: DELTA_BINARY_PACKED lengths, then the values' bytes back to back.</summary>
public static class DeltaLengthByteArrayDecoder
{
    /// <summary>
    /// Adds the <paramref name="count"/> values (the number the lengths header must announce) to
    /// <paramref name="destination"/>; returns the bytes they took.
    /// </summary>
    public static int Decode(ReadOnlySpan<byte> data, int count, ByteArrayBuffer destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var lengths = new DeltaBinaryPackedDecoder(data);
        CheckCount(lengths.ValueCount, count, "lengths", 0);
        lengths.Read(destination.ReserveLengths(count));
        var start = lengths.BytesConsumed;
        return start + destination.CommitLengths(count, data[start..], start);
    }

    internal static void CheckCount(int announced, int expected, string what, int offset)
    {
        if (announced != expected)
            throw new EncodingFormatException($"The delta-encoded {what} announce {announced} values where {expected} were expected", offset);
    }
}
