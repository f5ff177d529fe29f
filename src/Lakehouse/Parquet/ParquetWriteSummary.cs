namespace Lineage.Lakehouse.Parquet;

/// <summary>
/// What <see cref="ArrowParquetWriter.FinishAsync"/> wrote: the row count, the file size, where each row group starts,
/// and Iceberg's per-column metrics by field id (leaf columns with an id): column chunk sizes, value counts (nulls
/// included), null and NaN counts, and for top-level primitive columns the lower and upper bounds in Iceberg's
/// single-value binary encoding (NaN never a bound).
/// </summary>
public sealed record ParquetWriteSummary(
    long RowCount,
    long BytesWritten,
    IReadOnlyList<long> RowGroupOffsets,
    IReadOnlyDictionary<int, long> ColumnSizes,
    IReadOnlyDictionary<int, long> ValueCounts,
    IReadOnlyDictionary<int, long> NullValueCounts,
    IReadOnlyDictionary<int, long> NanValueCounts,
    IReadOnlyDictionary<int, byte[]> LowerBounds,
    IReadOnlyDictionary<int, byte[]> UpperBounds);
