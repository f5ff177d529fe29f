namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>A list group (see LogicalTypes.md).</summary>
public sealed record ListType : LogicalType
{
    public override short UnionFieldId => 3;
}
