using Lineage.Lakehouse.Compression;

namespace Lineage.Lakehouse.Parquet.Writing;

/// <summary>How a Parquet file is written. The defaults suit analytics tables: Snappy, dictionary encoding, v1 pages.</summary>
public sealed record ParquetWriterOptions
{
    public CompressionKind Compression { get; init; } = CompressionKind.Snappy;

    public DataPageVersion PageVersion { get; init; } = DataPageVersion.V1;

    /// <summary>Dictionary-encode columns (not booleans); a column falls back to PLAIN once its dictionary outgrows <see cref="DictionaryPageSizeLimit"/>.</summary>
    public bool Dictionary { get; init; } = true;

    public int DictionaryPageSizeLimit { get; init; } = 1024 * 1024;

    /// <summary>Target uncompressed size of one data page.</summary>
    public int DataPageSize { get; init; } = 1024 * 1024;

    /// <summary>
    /// Most levels (values and nulls) in one data page, whatever their size. It bounds what a column holds for its open
    /// page (values, dictionary indices, levels), which matters when many files are open at once.
    /// </summary>
    public int DataPageValueLimit { get; init; } = 20_000;

    /// <summary>
    /// Target size of a row group as encoded before compression; a row group is cut after the batch that reaches it.
    /// Readers hold one row group in memory, so this bounds their memory too.
    /// </summary>
    public long RowGroupSize { get; init; } = 64L * 1024 * 1024;

    public IReadOnlyDictionary<string, string> KeyValueMetadata { get; init; } = new Dictionary<string, string>();

    public string CreatedBy { get; init; } = "Lineage version 0.1.0 (build lakehouse)";
}
