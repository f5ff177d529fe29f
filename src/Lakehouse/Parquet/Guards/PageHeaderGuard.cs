using Parquet.Meta;

namespace Lineage.Lakehouse.Parquet.Guards;

/// <summary>
/// Walks the page headers of a fetched column chunk before Parquet.Net decodes it: each page must fit in the chunk,
/// and no page may claim to decompress to more than its codec can expand its bytes to (Parquet.Net allocates both
/// sizes as claimed).
/// </summary>
internal static class PageHeaderGuard
{
    /// <summary>Pages that small may claim a little more: an all-null or constant page compresses to a handful of bytes.</summary>
    private const long MinUncompressedAllowance = 1024 * 1024;

    /// <exception cref="FormatException">A page header is damaged or claims sizes beyond the chunk or its codec.</exception>
    public static void Check(ReadOnlySpan<byte> chunk, CompressionCodec codec)
    {
        var expansion = MaxExpansion(codec);
        var position = 0;
        while (position < chunk.Length)
        {
            var (headerLength, uncompressed, compressed) = ThriftGuard.ReadPageHeader(chunk[position..]);
            var remaining = chunk.Length - position - headerLength;
            if (compressed > remaining)
                throw new FormatException($"the page at chunk byte {position} claims {compressed} bytes where {remaining} remain in the column chunk");
            if (uncompressed > Math.Max(MinUncompressedAllowance, compressed * expansion))
                throw new FormatException($"the page at chunk byte {position} claims to expand from {compressed} to {uncompressed} bytes ({codec} expands at most {expansion} times)");
            position += headerLength + (int)compressed;
        }
    }

    /// <summary>
    /// The most a codec's output can expand: snappy's densest copy (64 bytes from a 3-byte tag), deflate's 258-byte
    /// match in a quarter byte, LZ4's 255 bytes a length byte, and ZSTD's run-length block (128 KiB from 4 bytes). A
    /// plain page of one repeated value really reaches thousands to one. Brotli's format sets no such bound; it is
    /// allowed a million to one.
    /// </summary>
    private static long MaxExpansion(CompressionCodec codec) => codec switch
    {
        CompressionCodec.UNCOMPRESSED => 1,
        CompressionCodec.SNAPPY => 22,
        CompressionCodec.GZIP => 1032,
        CompressionCodec.LZ4 or CompressionCodec.LZ4_RAW => 256,
        CompressionCodec.BROTLI => 1 << 20,
        _ => 32 * 1024,
    };
}
