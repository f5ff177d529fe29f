namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>Only nulls (the UNKNOWN member).</summary>
public sealed record NullType : LogicalType
{
    public override short UnionFieldId => 11;
}
