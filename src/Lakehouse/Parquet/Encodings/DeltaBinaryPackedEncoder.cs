using System.Buffers;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// Writes DELTA_BINARY_PACKED with blocks of 128 values in 4 miniblocks of 32, as the reference Java writer does.
/// INT32 deltas are taken in 32-bit wrapping arithmetic so that no miniblock needs more than 32 bits.
/// Each method returns the bytes written.
/// </summary>
public static class DeltaBinaryPackedEncoder
{
    public const int BlockSize = 128;
    public const int MiniblockCount = 4;
    private const int ValuesPerMiniblock = BlockSize / MiniblockCount;

    public static int Encode(ReadOnlySpan<int> values, IBufferWriter<byte> output)
    {
        var written = WriteHeader(values.Length, values.IsEmpty ? 0 : values[0], output);
        Span<long> deltas = stackalloc long[BlockSize];
        Span<byte> packed = stackalloc byte[ValuesPerMiniblock * 8];
        for (var start = 1; start < values.Length; start += BlockSize)
        {
            var count = Math.Min(BlockSize, values.Length - start);
            for (var i = 0; i < count; i++)
                deltas[i] = (int)((uint)values[start + i] - (uint)values[start + i - 1]);
            written += WriteBlock(deltas, count, packed, output);
        }
        return written;
    }

    public static int Encode(ReadOnlySpan<long> values, IBufferWriter<byte> output)
    {
        var written = WriteHeader(values.Length, values.IsEmpty ? 0 : values[0], output);
        Span<long> deltas = stackalloc long[BlockSize];
        Span<byte> packed = stackalloc byte[ValuesPerMiniblock * 8];
        for (var start = 1; start < values.Length; start += BlockSize)
        {
            var count = Math.Min(BlockSize, values.Length - start);
            for (var i = 0; i < count; i++)
                deltas[i] = (long)((ulong)values[start + i] - (ulong)values[start + i - 1]);
            written += WriteBlock(deltas, count, packed, output);
        }
        return written;
    }

    private static int WriteHeader(int count, long first, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Varint.Write(BlockSize, output) + Varint.Write(MiniblockCount, output)
            + Varint.Write((ulong)count, output) + Varint.WriteZigZag(first, output);
    }

    /// <summary>Writes one block of <paramref name="count"/> deltas (the first entries of <paramref name="deltas"/>).</summary>
    private static int WriteBlock(Span<long> deltas, int count, Span<byte> packed, IBufferWriter<byte> output)
    {
        var minDelta = long.MaxValue;
        for (var i = 0; i < count; i++)
            minDelta = Math.Min(minDelta, deltas[i]);
        for (var i = 0; i < count; i++)
            deltas[i] = (long)((ulong)deltas[i] - (ulong)minDelta);
        deltas[count..].Clear();

        var written = Varint.WriteZigZag(minDelta, output);
        var usedMiniblocks = (count + ValuesPerMiniblock - 1) / ValuesPerMiniblock;
        Span<byte> widths = stackalloc byte[MiniblockCount];
        for (var m = 0; m < usedMiniblocks; m++)
        {
            ulong bits = 0;
            foreach (var delta in deltas.Slice(m * ValuesPerMiniblock, ValuesPerMiniblock))
                bits |= (ulong)delta;
            widths[m] = (byte)BitPacking.BitWidth(bits);
        }
        output.Write(widths);
        written += MiniblockCount;
        for (var m = 0; m < usedMiniblocks; m++)
        {
            var length = ValuesPerMiniblock / 8 * widths[m];
            BitPacking.Pack(deltas.Slice(m * ValuesPerMiniblock, ValuesPerMiniblock), widths[m], packed);
            output.Write(packed[..length]);
            written += length;
        }
        return written;
    }
}
