namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>An enumeration stored as UTF-8 text.</summary>
public sealed record EnumType : LogicalType
{
    public override short UnionFieldId => 4;
}
