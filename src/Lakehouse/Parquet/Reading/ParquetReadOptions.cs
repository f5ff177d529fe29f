namespace Lineage.Lakehouse.Parquet.Reading;

/// <summary>What to read: a projection, a row-group filter and a row limit.</summary>
public sealed record ParquetReadOptions
{
    /// <summary>Top-level columns to read, in this order; null reads all. Only their column chunks are fetched.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>Row groups whose statistics prove no row can match are skipped (rows of kept groups are returned as stored).</summary>
    public IReadOnlyList<ColumnPredicate> Filters { get; init; } = [];

    /// <summary>Stop after this many rows, decoding no more pages than needed.</summary>
    public long? Limit { get; init; }
}
