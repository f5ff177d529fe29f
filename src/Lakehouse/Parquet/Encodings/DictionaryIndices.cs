using System.Buffers;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// Dictionary indices of an RLE_DICTIONARY data page: one byte holding the bit width, then the indices in the
/// RLE/bit-packed hybrid encoding without a length prefix.
/// </summary>
public static class DictionaryIndices
{
    /// <summary>The bit width that holds every index of a dictionary of <paramref name="dictionarySize"/> entries.</summary>
    public static int BitWidth(int dictionarySize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dictionarySize);
        return dictionarySize <= 1 ? 0 : BitPacking.BitWidth((uint)(dictionarySize - 1));
    }

    /// <summary>Writes the bit width byte and the indices; returns the bytes written.</summary>
    public static int Encode(ReadOnlySpan<int> indices, int dictionarySize, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        for (var i = 0; i < indices.Length; i++)
        {
            if ((uint)indices[i] >= (uint)dictionarySize)
                throw new ArgumentOutOfRangeException(nameof(indices), indices[i],
                    $"Index {i} is outside the dictionary of {dictionarySize} entries.");
        }
        var bitWidth = BitWidth(dictionarySize);
        output.GetSpan(1)[0] = (byte)bitWidth;
        output.Advance(1);
        return 1 + RleBitPackedHybridEncoder.Encode(indices, bitWidth, output);
    }

    /// <summary>
    /// Reads <c>destination.Length</c> indices, each checked to be below <paramref name="dictionarySize"/>;
    /// returns the bytes they took.
    /// </summary>
    public static int Decode(ReadOnlySpan<byte> data, int dictionarySize, Span<int> destination)
    {
        if (destination.IsEmpty)
            return data.IsEmpty ? 0 : 1;
        if (data.IsEmpty)
            throw new EncodingFormatException("Dictionary indices are missing their bit width byte", 0);
        int bitWidth = data[0];
        if (bitWidth > 32)
            throw new EncodingFormatException($"Dictionary indices have bit width {bitWidth}; at most 32 is allowed", 0);
        int consumed;
        try
        {
            consumed = RleBitPackedHybridDecoder.Decode(data[1..], bitWidth, destination);
        }
        catch (EncodingFormatException e)
        {
            throw e.Shifted(1);
        }
        if (bitWidth >= 31 || (1L << bitWidth) > dictionarySize)
            CheckIndices(destination, dictionarySize);
        return 1 + consumed;
    }

    private static void CheckIndices(ReadOnlySpan<int> indices, int dictionarySize)
    {
        for (var i = 0; i < indices.Length; i++)
        {
            if ((uint)indices[i] >= (uint)dictionarySize)
                throw new EncodingFormatException(
                    $"Dictionary index {(uint)indices[i]} of value {i} is outside the dictionary of {dictionarySize} entries", 1);
        }
    }

    /// <summary>
    /// Whether <paramref name="valueCount"/> values stored as dictionary indices plus the dictionary itself take fewer
    /// bytes than the same values stored PLAIN (<paramref name="plainBytes"/>); true before any value.
    /// </summary>
    public static bool Pays(int dictionaryCount, long dictionaryBytes, int valueCount, long plainBytes) =>
        valueCount == 0 || (long)BitWidth(dictionaryCount) * valueCount / 8 + dictionaryBytes < plainBytes;
}
