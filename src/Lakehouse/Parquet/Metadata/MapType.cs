namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>A map group (see LogicalTypes.md).</summary>
public sealed record MapType : LogicalType
{
    public override short UnionFieldId => 2;
}
