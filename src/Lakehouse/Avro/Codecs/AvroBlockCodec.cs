using Lineage.Lakehouse.Avro.Binary;
using Lineage.Lakehouse.Avro.Files;
using Lineage.Lakehouse.Buffers;

namespace Lineage.Lakehouse.Avro.Codecs;

/// <summary>Compresses and decompresses the data of one file block.</summary>
internal abstract class AvroBlockCodec
{
    /// <summary>No block is decompressed to more than this, whatever its header claims.</summary>
    public const int MaxDecompressedSize = 256 << 20;

    public static AvroBlockCodec For(AvroCodec codec) => codec switch
    {
        AvroCodec.Null => NullBlockCodec.Instance,
        AvroCodec.Deflate => DeflateBlockCodec.Instance,
        AvroCodec.Snappy => SnappyBlockCodec.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(codec), codec, null),
    };

    /// <summary>Appends the compressed form of <paramref name="data"/> to <paramref name="output"/>.</summary>
    public abstract void Compress(ReadOnlySpan<byte> data, PooledBufferWriter output);

    /// <summary>
    /// The uncompressed data of a block; <paramref name="scratch"/> may hold the result. Corrupt data is an
    /// <see cref="AvroFormatException"/> located at <paramref name="blockOffset"/>.
    /// </summary>
    public abstract ReadOnlyMemory<byte> Decompress(ReadOnlyMemory<byte> compressed, PooledBufferWriter scratch, long blockOffset, string block);
}
