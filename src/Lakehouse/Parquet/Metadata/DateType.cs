namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>Days since 1970-01-01 (INT32).</summary>
public sealed record DateType : LogicalType
{
    public override short UnionFieldId => 6;
}
