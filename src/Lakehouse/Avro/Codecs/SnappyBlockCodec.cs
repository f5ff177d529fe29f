using System.Buffers.Binary;
using Lineage.Lakehouse.Buffers;
using Lineage.Lakehouse.Compression;

namespace Lineage.Lakehouse.Avro.Codecs;

/// <summary>A snappy block followed by the 4-byte big-endian CRC-32 of the uncompressed data.</summary>
internal sealed class SnappyBlockCodec : AvroBlockCodec
{
    /// <summary>A snappy copy element expands 3 bytes into at most 64.</summary>
    private const int MaxRatio = 22;

    private static readonly IBlockCodec Snappy = BlockCodecs.Get(CompressionKind.Snappy);

    public static SnappyBlockCodec Instance { get; } = new();

    public override void Compress(ReadOnlySpan<byte> data, PooledBufferWriter output)
    {
        Snappy.Compress(data, output);
        BinaryPrimitives.WriteUInt32BigEndian(output.GetSpan(4), Crc32.Compute(data));
        output.Advance(4);
    }

    public override ReadOnlyMemory<byte> Decompress(ReadOnlyMemory<byte> compressed, PooledBufferWriter scratch, long blockOffset, string block)
    {
        if (compressed.Length < 4)
            throw new AvroFormatException($"the snappy data of {block} is shorter than its 4-byte checksum", blockOffset);
        var body = compressed[..^4];
        var limit = (int)Math.Min(MaxDecompressedSize, (long)body.Length * MaxRatio + 64);
        scratch.Truncate(0);
        try
        {
            Snappy.DecompressUnknownLength(body.Span, scratch, limit);
        }
        catch (CorruptCompressedDataException e)
        {
            throw new AvroFormatException($"the snappy data of {block} is corrupt: {e.Message}", blockOffset, e);
        }
        var expected = BinaryPrimitives.ReadUInt32BigEndian(compressed.Span[^4..]);
        if (Crc32.Compute(scratch.WrittenSpan) != expected)
            throw new AvroFormatException($"the CRC-32 of {block} does not match its data", blockOffset);
        return scratch.WrittenMemory;
    }
}
