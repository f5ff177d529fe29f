namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>JSON text.</summary>
public sealed record JsonType : LogicalType
{
    public override short UnionFieldId => 12;
}
