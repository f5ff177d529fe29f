using System.Buffers;

namespace Lineage.Lakehouse.Compression;

/// <summary>Stores blocks as they are.</summary>
internal sealed class NoCompressionCodec : IBlockCodec
{
    public CompressionKind Kind => CompressionKind.None;

    public void Compress(ReadOnlySpan<byte> source, IBufferWriter<byte> destination) => destination.Write(source);

    public void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (source.Length != destination.Length)
            throw CorruptCompressedDataException.SizeMismatch(Kind, destination.Length, source.Length);
        source.CopyTo(destination);
    }

    public int DecompressUnknownLength(ReadOnlySpan<byte> source, IBufferWriter<byte> destination, int maxLength)
    {
        if (source.Length > maxLength)
            throw CorruptCompressedDataException.TooLong(Kind, maxLength);
        destination.Write(source);
        return source.Length;
    }
}
