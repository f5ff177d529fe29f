namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>An IEEE half-precision float (FIXED_LEN_BYTE_ARRAY(2)).</summary>
public sealed record Float16Type : LogicalType
{
    public override short UnionFieldId => 15;
}
