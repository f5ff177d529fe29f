namespace Lineage.Lakehouse.Compression;

/// <summary>The block compression formats Parquet pages and Avro blocks use.</summary>
public enum CompressionKind
{
    None,
    Snappy,

    /// <summary>RFC 1952 members (Parquet GZIP); zlib (RFC 1950) framing is accepted when reading.</summary>
    Gzip,

    /// <summary>Raw RFC 1951 data without framing (the Avro "deflate" codec).</summary>
    Deflate,
    Brotli,
    Zstd,

    /// <summary>The LZ4 block format without frame (Parquet LZ4_RAW).</summary>
    Lz4Raw,
}
