using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>The header of an index page, which has no fields (no writer produces such pages).</summary>
public sealed class IndexPageHeader
{
    public static IndexPageHeader Read(CompactProtocolReader reader)
    {
        reader.Skip(ThriftType.Struct);
        return new IndexPageHeader();
    }

    public void Write(CompactProtocolWriter writer)
    {
        writer.WriteStructBegin();
        writer.WriteStructEnd();
    }
}
