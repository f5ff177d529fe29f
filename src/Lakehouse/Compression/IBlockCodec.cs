using System.Buffers;

namespace Lineage.Lakehouse.Compression;

/// <summary>Compresses and decompresses whole blocks held in memory.</summary>
public interface IBlockCodec
{
    CompressionKind Kind { get; }

    /// <summary>Appends the compressed form of <paramref name="source"/> to <paramref name="destination"/>.</summary>
    void Compress(ReadOnlySpan<byte> source, IBufferWriter<byte> destination);

    /// <summary>
    /// Decompresses <paramref name="source"/> into exactly <c>destination.Length</c> bytes, the size the caller knows
    /// from its container (a Parquet page header, for instance).
    /// </summary>
    /// <exception cref="CorruptCompressedDataException">The input is corrupt or decodes to another size.</exception>
    void Decompress(ReadOnlySpan<byte> source, Span<byte> destination);

    /// <summary>
    /// Decompresses <paramref name="source"/> when its decompressed size is not recorded anywhere (Avro blocks),
    /// appending to <paramref name="destination"/> and returning the number of bytes appended.
    /// </summary>
    /// <exception cref="CorruptCompressedDataException">
    /// The input is corrupt or would decode to more than <paramref name="maxLength"/> bytes.
    /// </exception>
    int DecompressUnknownLength(ReadOnlySpan<byte> source, IBufferWriter<byte> destination, int maxLength);
}
