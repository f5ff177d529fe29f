namespace Lineage.Lakehouse.Parquet;

/// <summary>How <see cref="ArrowParquetWriter"/> lays out a file. Statistics and field ids are always written.</summary>
public sealed record ArrowParquetWriterOptions
{
    public ParquetCodec Codec { get; init; } = ParquetCodec.Zstd;

    /// <summary>Dictionary-encode string columns whose values repeat enough for it to pay.</summary>
    public bool Dictionary { get; init; } = true;

    /// <summary>
    /// Target size of a row group as buffered before encoding; a row group is cut once its columns reach it. Readers
    /// hold about one row group in memory, and so does the writer.
    /// </summary>
    public long RowGroupSize { get; init; } = 16L * 1024 * 1024;

    public IReadOnlyDictionary<string, string> KeyValueMetadata { get; init; } = new Dictionary<string, string>();
}
