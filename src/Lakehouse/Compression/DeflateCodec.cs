using System.Buffers;
using System.IO.Compression;

namespace Lineage.Lakehouse.Compression;

/// <summary>Raw RFC 1951 deflate data, as the Avro "deflate" codec writes it.</summary>
internal sealed class DeflateCodec : IBlockCodec
{
    // The framework writes nothing at all for empty input; readers expect one empty final block.
    private static readonly byte[] EmptyStream = [0x03, 0x00];

    public CompressionKind Kind => CompressionKind.Deflate;

    public void Compress(ReadOnlySpan<byte> source, IBufferWriter<byte> destination)
    {
        if (source.IsEmpty)
        {
            destination.Write(EmptyStream);
            return;
        }
        using var compressing = new DeflateStream(new BufferWriterStream(destination), CompressionLevel.Optimal);
        compressing.Write(source);
    }

    public void Decompress(ReadOnlySpan<byte> source, Span<byte> destination) =>
        StreamDecompression.ReadExactly(Kind, source, destination, Open);

    public int DecompressUnknownLength(ReadOnlySpan<byte> source, IBufferWriter<byte> destination, int maxLength) =>
        StreamDecompression.ReadToEnd(Kind, source, destination, maxLength, Open);

    private static DeflateStream Open(Stream compressed) => new(compressed, CompressionMode.Decompress);
}
