namespace Lineage.Lakehouse.Parquet;

/// <summary>The compression of a Parquet file's pages.</summary>
public enum ParquetCodec
{
    None,
    Snappy,
    Gzip,
    Zstd,
    Brotli,
    Lz4Raw,
}
