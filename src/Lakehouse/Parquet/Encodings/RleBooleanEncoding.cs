using System.Buffers.Binary;
using System.Buffers;
using Lineage.Lakehouse.Buffers;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// BOOLEAN values in the RLE encoding (an alternative to PLAIN in data pages): the RLE/bit-packed hybrid with bit
/// width 1, always behind a 4-byte little-endian length.
/// </summary>
public static class RleBooleanEncoding
{
    private const int Chunk = 1024;

    /// <summary>Writes the length and the values; returns the bytes written.</summary>
    public static int Encode(ReadOnlySpan<bool> values, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bits = ArrayPool<int>.Shared.Rent(values.Length);
        try
        {
            for (var i = 0; i < values.Length; i++)
                bits[i] = values[i] ? 1 : 0;
            using var encoded = new PooledBufferWriter();
            RleBitPackedHybridEncoder.Encode(bits.AsSpan(0, values.Length), 1, encoded);
            BinaryPrimitives.WriteInt32LittleEndian(output.GetSpan(4), encoded.WrittenCount);
            output.Advance(4);
            output.Write(encoded.WrittenSpan);
            return 4 + encoded.WrittenCount;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(bits);
        }
    }

    /// <summary>Reads <c>destination.Length</c> values; returns the bytes they took, length included.</summary>
    public static int Decode(ReadOnlySpan<byte> data, Span<bool> destination)
    {
        var length = LevelEncoding.ReadLengthPrefix(data, "RLE booleans");
        var decoder = new RleBitPackedHybridDecoder(data.Slice(4, length), 1);
        Span<int> bits = stackalloc int[Chunk];
        try
        {
            for (var done = 0; done < destination.Length;)
            {
                var chunk = bits[..Math.Min(Chunk, destination.Length - done)];
                decoder.ReadExactly(chunk);
                for (var i = 0; i < chunk.Length; i++)
                    destination[done + i] = chunk[i] != 0;
                done += chunk.Length;
            }
        }
        catch (EncodingFormatException e)
        {
            throw e.Shifted(4);
        }
        return 4 + length;
    }
}
