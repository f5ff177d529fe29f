namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>A BSON document.</summary>
public sealed record BsonType : LogicalType
{
    public override short UnionFieldId => 13;
}
