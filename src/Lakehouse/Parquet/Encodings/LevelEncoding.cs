using System.Buffers.Binary;
using System.Buffers;
using Lineage.Lakehouse.Buffers;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// Repetition and definition levels: the RLE/bit-packed hybrid with the bit width of the maximum level, behind a
/// 4-byte little-endian length in data pages v1 and bare in data pages v2 (whose header holds the length).
/// A maximum level of 0 means the levels are not stored at all and are all 0.
/// </summary>
public static class LevelEncoding
{
    public static int BitWidth(int maxLevel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLevel);
        return BitPacking.BitWidth((uint)maxLevel);
    }

    /// <summary>Writes levels for a data page v2; returns the byte count to put in its header.</summary>
    public static int Write(ReadOnlySpan<int> levels, int maxLevel, IBufferWriter<byte> output) =>
        maxLevel == 0 ? 0 : RleBitPackedHybridEncoder.Encode(levels, BitWidth(maxLevel), output);

    /// <summary>Writes levels for a data page v1 (length-prefixed); returns the bytes written.</summary>
    public static int WriteLengthPrefixed(ReadOnlySpan<int> levels, int maxLevel, IBufferWriter<byte> output)
    {
        if (maxLevel == 0)
            return 0;
        using var encoded = new PooledBufferWriter();
        RleBitPackedHybridEncoder.Encode(levels, BitWidth(maxLevel), encoded);
        BinaryPrimitives.WriteInt32LittleEndian(output.GetSpan(4), encoded.WrittenCount);
        output.Advance(4);
        output.Write(encoded.WrittenSpan);
        return 4 + encoded.WrittenCount;
    }

    /// <summary>Reads <c>levels.Length</c> levels of a data page v2 from <paramref name="data"/>, the level section.</summary>
    public static void Read(ReadOnlySpan<byte> data, int maxLevel, Span<int> levels)
    {
        if (maxLevel == 0)
        {
            levels.Clear();
            return;
        }
        RleBitPackedHybridDecoder.Decode(data, BitWidth(maxLevel), levels);
    }

    /// <summary>
    /// Reads <c>levels.Length</c> levels of a data page v1 from the start of <paramref name="data"/>; returns the
    /// bytes they take, length prefix included (0 when the maximum level is 0).
    /// </summary>
    public static int ReadLengthPrefixed(ReadOnlySpan<byte> data, int maxLevel, Span<int> levels)
    {
        if (maxLevel == 0)
        {
            levels.Clear();
            return 0;
        }
        var length = ReadLengthPrefix(data, "levels");
        try
        {
            RleBitPackedHybridDecoder.Decode(data.Slice(4, length), BitWidth(maxLevel), levels);
        }
        catch (EncodingFormatException e)
        {
            throw e.Shifted(4);
        }
        return 4 + length;
    }

    /// <summary>Reads a 4-byte length prefix and checks the bytes it announces are there.</summary>
    internal static int ReadLengthPrefix(ReadOnlySpan<byte> data, string what)
    {
        if (data.Length < 4)
            throw new EncodingFormatException($"The length of the {what} needs 4 bytes but only {data.Length} remain", 0);
        var length = BinaryPrimitives.ReadUInt32LittleEndian(data);
        if (length > data.Length - 4)
            throw new EncodingFormatException(
                $"The {what} are said to take {length} bytes but only {data.Length - 4} follow their length", 0);
        return (int)length;
    }
}
