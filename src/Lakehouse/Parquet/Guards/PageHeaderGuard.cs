namespace Lineage.Lakehouse.Parquet.Guards;

/// <summary>
/// Walks the page headers of a fetched column chunk before Parquet.Net decodes it: each page must fit in the chunk,
/// and no page may claim to decompress to more than <see cref="MaxExpansion"/> times its bytes (Parquet.Net allocates
/// both sizes as claimed).
/// </summary>
internal static class PageHeaderGuard
{
    /// <summary>Beyond any codec's real ratio on Parquet pages (deflate tops out near 1,032:1).</summary>
    public const long MaxExpansion = 2048;

    /// <summary>Pages that small may claim a little more: an all-null or constant page compresses to a handful of bytes.</summary>
    private const long MinUncompressedAllowance = 1024 * 1024;

    /// <exception cref="FormatException">A page header is damaged or claims sizes beyond the chunk.</exception>
    public static void Check(ReadOnlySpan<byte> chunk)
    {
        var position = 0;
        while (position < chunk.Length)
        {
            var (headerLength, uncompressed, compressed) = ThriftGuard.ReadPageHeader(chunk[position..]);
            var remaining = chunk.Length - position - headerLength;
            if (compressed > remaining)
                throw new FormatException($"the page at chunk byte {position} claims {compressed} bytes where {remaining} remain in the column chunk");
            if (uncompressed > Math.Max(MinUncompressedAllowance, compressed * MaxExpansion))
                throw new FormatException($"the page at chunk byte {position} claims to expand from {compressed} to {uncompressed} bytes");
            position += headerLength + (int)compressed;
        }
    }
}
