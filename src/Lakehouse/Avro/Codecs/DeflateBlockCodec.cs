using Lineage.Lakehouse.Buffers;
using Lineage.Lakehouse.Compression;

namespace Lineage.Lakehouse.Avro.Codecs;

/// <summary>Raw deflate (RFC 1951). Decompression stops at the size deflate could at most reach from the input.</summary>
internal sealed class DeflateBlockCodec : AvroBlockCodec
{
    /// <summary>Deflate cannot expand a byte into more than about 1032 bytes.</summary>
    private const int MaxRatio = 1032;

    private static readonly IBlockCodec Deflate = BlockCodecs.Get(CompressionKind.Deflate);

    public static DeflateBlockCodec Instance { get; } = new();

    public override void Compress(ReadOnlySpan<byte> data, PooledBufferWriter output) => Deflate.Compress(data, output);

    public override ReadOnlyMemory<byte> Decompress(ReadOnlyMemory<byte> compressed, PooledBufferWriter scratch, long blockOffset, string block)
    {
        var limit = (int)Math.Min(MaxDecompressedSize, (long)compressed.Length * MaxRatio + 64);
        scratch.Truncate(0);
        try
        {
            Deflate.DecompressUnknownLength(compressed.Span, scratch, limit);
        }
        catch (CorruptCompressedDataException e)
        {
            throw new AvroFormatException($"the deflate data of {block} is corrupt: {e.Message}", blockOffset, e);
        }
        return scratch.WrittenMemory;
    }
}
