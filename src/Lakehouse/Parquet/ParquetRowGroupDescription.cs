namespace Lineage.Lakehouse.Parquet;

/// <summary>A row group as the footer describes it.</summary>
public sealed record ParquetRowGroupDescription(long Rows, long CompressedSize, IReadOnlyList<ParquetColumnChunkDescription> Columns);
