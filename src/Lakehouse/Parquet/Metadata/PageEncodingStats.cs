using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>How many pages of a type a column chunk holds with an encoding.</summary>
public sealed class PageEncodingStats
{
    public required PageType PageType { get; set; }
    public required Encoding Encoding { get; set; }
    public required int Count { get; set; }

    public static PageEncodingStats Read(CompactProtocolReader reader)
    {
        var start = reader.AbsolutePosition;
        PageType? pageType = null;
        Encoding? encoding = null;
        int? count = null;
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            switch (field.Id, field.Type)
            {
                case (1, ThriftType.I32): pageType = (PageType)reader.ReadI32(); break;
                case (2, ThriftType.I32): encoding = (Encoding)reader.ReadI32(); break;
                case (3, ThriftType.I32): count = reader.ReadI32(); break;
                default: reader.Skip(field.Type); break;
            }
        }
        reader.ReadStructEnd();
        return new PageEncodingStats
        {
            PageType = pageType ?? throw ThriftFormatException.MissingField(nameof(PageEncodingStats), "page_type", start),
            Encoding = encoding ?? throw ThriftFormatException.MissingField(nameof(PageEncodingStats), "encoding", start),
            Count = count ?? throw ThriftFormatException.MissingField(nameof(PageEncodingStats), "count", start),
        };
    }

    public void Write(CompactProtocolWriter writer)
    {
        writer.WriteStructBegin();
        writer.WriteI32Field(1, (int)PageType);
        writer.WriteI32Field(2, (int)Encoding);
        writer.WriteI32Field(3, Count);
        writer.WriteStructEnd();
    }
}
