namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>A UUID as 16 raw bytes (FIXED_LEN_BYTE_ARRAY(16)).</summary>
public sealed record UuidType : LogicalType
{
    public override short UnionFieldId => 14;
}
