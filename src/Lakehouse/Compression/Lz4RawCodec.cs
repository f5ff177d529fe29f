using System.Buffers;

namespace Lineage.Lakehouse.Compression;

/// <summary>The LZ4 block format without frame (Parquet LZ4_RAW), with its own encoder and decoder.</summary>
internal sealed class Lz4RawCodec : IBlockCodec
{
    public CompressionKind Kind => CompressionKind.Lz4Raw;

    public void Compress(ReadOnlySpan<byte> source, IBufferWriter<byte> destination)
    {
        var span = destination.GetSpan(Lz4BlockEncoder.MaxEncodedLength(source.Length));
        destination.Advance(Lz4BlockEncoder.Encode(source, span));
    }

    public void Decompress(ReadOnlySpan<byte> source, Span<byte> destination) =>
        BlockDecoding.Exactly(Kind, source, destination, Lz4BlockDecoder.Decode);

    public int DecompressUnknownLength(ReadOnlySpan<byte> source, IBufferWriter<byte> destination, int maxLength) =>
        BlockDecoding.Growing(Kind, source, destination, maxLength, -1, Lz4BlockDecoder.Decode);
}
