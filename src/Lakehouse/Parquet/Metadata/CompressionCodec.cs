namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>The codec a column chunk's pages are compressed with.</summary>
public enum CompressionCodec
{
    Uncompressed = 0,
    Snappy = 1,
    Gzip = 2,
    Lzo = 3,
    Brotli = 4,

    /// <summary>Deprecated Hadoop-framed LZ4; <see cref="Lz4Raw"/> replaces it.</summary>
    Lz4 = 5,
    Zstd = 6,
    Lz4Raw = 7,
}
