namespace Lineage.Lakehouse.Compression;

/// <summary>The codec for each <see cref="CompressionKind"/>; codecs are stateless and shared.</summary>
public static class BlockCodecs
{
    private static readonly IBlockCodec None = new NoCompressionCodec();
    private static readonly IBlockCodec Snappy = new SnappyCodec();
    private static readonly IBlockCodec Gzip = new GzipCodec();
    private static readonly IBlockCodec Deflate = new DeflateCodec();
    private static readonly IBlockCodec Brotli = new BrotliCodec();
    private static readonly IBlockCodec Zstd = new ZstdCodec();
    private static readonly IBlockCodec Lz4Raw = new Lz4RawCodec();

    /// <exception cref="UnsupportedCodecException">The codec cannot be used in this process.</exception>
    public static IBlockCodec Get(CompressionKind kind) => kind switch
    {
        CompressionKind.None => None,
        CompressionKind.Snappy => Snappy,
        CompressionKind.Gzip => Gzip,
        CompressionKind.Deflate => Deflate,
        CompressionKind.Brotli => Brotli,
        CompressionKind.Zstd => ZstdNative.Unavailable is { } reason ? throw new UnsupportedCodecException(kind, reason) : Zstd,
        CompressionKind.Lz4Raw => Lz4Raw,
        _ => throw new UnsupportedCodecException(kind, "this version of Lineage does not know it."),
    };
}
