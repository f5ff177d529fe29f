namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>How a column's statistics order values; the numbers are the field ids of the ColumnOrder union.</summary>
public enum ColumnOrderKind
{
    /// <summary>The order the column's logical type defines (signed, unsigned, lexicographic…).</summary>
    TypeDefinedOrder = 1,
    Ieee754TotalOrder = 2,
    Int96TimestampOrder = 3,
}
