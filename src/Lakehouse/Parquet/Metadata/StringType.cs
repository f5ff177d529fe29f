namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>UTF-8 text (BYTE_ARRAY).</summary>
public sealed record StringType : LogicalType
{
    public override short UnionFieldId => 1;
}
