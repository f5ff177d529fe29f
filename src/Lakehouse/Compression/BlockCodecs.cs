namespace Lineage.Lakehouse.Compression;

/// <summary>The codec for each <see cref="CompressionKind"/>; codecs are stateless and shared.</summary>
public static class BlockCodecs
{
    private static readonly IBlockCodec None = new NoCompressionCodec();
    private static readonly IBlockCodec Snappy = new SnappyCodec();
    private static readonly IBlockCodec Deflate = new DeflateCodec();

    /// <exception cref="UnsupportedCodecException">The codec cannot be used in this process.</exception>
    public static IBlockCodec Get(CompressionKind kind) => kind switch
    {
        CompressionKind.None => None,
        CompressionKind.Snappy => Snappy,
        CompressionKind.Deflate => Deflate,
        _ => throw new UnsupportedCodecException(kind, "this version of Lineage does not know it."),
    };
}
