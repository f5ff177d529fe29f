namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>
/// A LogicalType member this model does not know; its contents were skipped, and writing it back writes the member
/// with no fields.
/// </summary>
public sealed record UnrecognizedLogicalType(short Id) : LogicalType
{
    public override short UnionFieldId => Id;
}
