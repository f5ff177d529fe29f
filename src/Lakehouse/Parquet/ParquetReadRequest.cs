namespace Lineage.Lakehouse.Parquet;

/// <summary>What <see cref="ArrowParquetReader.ReadAsync"/> reads: a projection and row-group filters.</summary>
public sealed record ParquetReadRequest
{
    /// <summary>Top-level columns to read, in this order; null reads all. Only their column chunks are read.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>Row groups whose statistics prove no row can match are skipped (rows of kept groups come as stored).</summary>
    public IReadOnlyList<ColumnPredicate> Filters { get; init; } = [];
}
