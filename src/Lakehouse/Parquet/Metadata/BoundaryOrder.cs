namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>Whether the per-page minimums and maximums of a column index are sorted.</summary>
public enum BoundaryOrder
{
    Unordered = 0,
    Ascending = 1,
    Descending = 2,
}
