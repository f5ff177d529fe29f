using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>The header in front of every page of a column chunk; the sub-header matching <see cref="Type"/> is set.</summary>
public sealed class PageHeader
{
    public required PageType Type { get; set; }
    public required int UncompressedPageSize { get; set; }
    public required int CompressedPageSize { get; set; }

    /// <summary>CRC-32 of the page as stored (after compression), when the writer computed one.</summary>
    public int? Crc { get; set; }

    public DataPageHeader? DataPageHeader { get; set; }
    public IndexPageHeader? IndexPageHeader { get; set; }
    public DictionaryPageHeader? DictionaryPageHeader { get; set; }
    public DataPageHeaderV2? DataPageHeaderV2 { get; set; }

    /// <summary>Reads the header at the start of <paramref name="bytes"/>, which may go on with the page itself.</summary>
    /// <param name="bytes">The header, then anything.</param>
    /// <param name="offsetInFile">Where <paramref name="bytes"/> starts in the file, for error messages.</param>
    /// <param name="headerLength">How many bytes the header took: the page starts there.</param>
    /// <exception cref="ThriftFormatException">The header is truncated or malformed.</exception>
    public static PageHeader Read(ReadOnlyMemory<byte> bytes, long offsetInFile, out int headerLength)
    {
        var reader = new CompactProtocolReader(bytes, offsetInFile);
        var header = Read(reader);
        headerLength = reader.Position;
        return header;
    }

    public static PageHeader Read(CompactProtocolReader reader)
    {
        var start = reader.AbsolutePosition;
        PageType? type = null;
        int? uncompressedPageSize = null;
        int? compressedPageSize = null;
        int? crc = null;
        DataPageHeader? dataPageHeader = null;
        IndexPageHeader? indexPageHeader = null;
        DictionaryPageHeader? dictionaryPageHeader = null;
        DataPageHeaderV2? dataPageHeaderV2 = null;
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            switch (field.Id, field.Type)
            {
                case (1, ThriftType.I32): type = (PageType)reader.ReadI32(); break;
                case (2, ThriftType.I32): uncompressedPageSize = reader.ReadI32(); break;
                case (3, ThriftType.I32): compressedPageSize = reader.ReadI32(); break;
                case (4, ThriftType.I32): crc = reader.ReadI32(); break;
                case (5, ThriftType.Struct): dataPageHeader = DataPageHeader.Read(reader); break;
                case (6, ThriftType.Struct): indexPageHeader = IndexPageHeader.Read(reader); break;
                case (7, ThriftType.Struct): dictionaryPageHeader = DictionaryPageHeader.Read(reader); break;
                case (8, ThriftType.Struct): dataPageHeaderV2 = DataPageHeaderV2.Read(reader); break;
                default: reader.Skip(field.Type); break;
            }
        }
        reader.ReadStructEnd();
        return new PageHeader
        {
            Type = type ?? throw ThriftFormatException.MissingField(nameof(PageHeader), "type", start),
            UncompressedPageSize = uncompressedPageSize
                ?? throw ThriftFormatException.MissingField(nameof(PageHeader), "uncompressed_page_size", start),
            CompressedPageSize = compressedPageSize
                ?? throw ThriftFormatException.MissingField(nameof(PageHeader), "compressed_page_size", start),
            Crc = crc,
            DataPageHeader = dataPageHeader,
            IndexPageHeader = indexPageHeader,
            DictionaryPageHeader = dictionaryPageHeader,
            DataPageHeaderV2 = dataPageHeaderV2,
        };
    }

    public void Write(CompactProtocolWriter writer)
    {
        writer.WriteStructBegin();
        writer.WriteI32Field(1, (int)Type);
        writer.WriteI32Field(2, UncompressedPageSize);
        writer.WriteI32Field(3, CompressedPageSize);
        if (Crc is { } crc) writer.WriteI32Field(4, crc);
        if (DataPageHeader is not null)
        {
            writer.WriteFieldBegin(5, ThriftType.Struct);
            DataPageHeader.Write(writer);
        }
        if (IndexPageHeader is not null)
        {
            writer.WriteFieldBegin(6, ThriftType.Struct);
            IndexPageHeader.Write(writer);
        }
        if (DictionaryPageHeader is not null)
        {
            writer.WriteFieldBegin(7, ThriftType.Struct);
            DictionaryPageHeader.Write(writer);
        }
        if (DataPageHeaderV2 is not null)
        {
            writer.WriteFieldBegin(8, ThriftType.Struct);
            DataPageHeaderV2.Write(writer);
        }
        writer.WriteStructEnd();
    }
}
