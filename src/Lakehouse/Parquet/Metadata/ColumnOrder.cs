using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>How the statistics of one column order its values (the ColumnOrder union).</summary>
public sealed record ColumnOrder(ColumnOrderKind Kind)
{
    public static ColumnOrder TypeDefined { get; } = new(ColumnOrderKind.TypeDefinedOrder);

    public static ColumnOrder Read(CompactProtocolReader reader) =>
        new((ColumnOrderKind)ThriftUnion.ReadMemberId(reader, nameof(ColumnOrder)));

    public void Write(CompactProtocolWriter writer) => ThriftUnion.WriteEmptyMember(writer, (short)Kind);
}
