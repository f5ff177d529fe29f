using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>A version 1 data page: levels and values compressed together.</summary>
public sealed class DataPageHeader
{
    /// <summary>Values in the page, nulls included.</summary>
    public required int NumValues { get; set; }
    public required Encoding Encoding { get; set; }
    public required Encoding DefinitionLevelEncoding { get; set; }
    public required Encoding RepetitionLevelEncoding { get; set; }
    public Statistics? Statistics { get; set; }

    public static DataPageHeader Read(CompactProtocolReader reader)
    {
        var start = reader.AbsolutePosition;
        int? numValues = null;
        Encoding? encoding = null;
        Encoding? definitionLevelEncoding = null;
        Encoding? repetitionLevelEncoding = null;
        Statistics? statistics = null;
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            switch (field.Id, field.Type)
            {
                case (1, ThriftType.I32): numValues = reader.ReadI32(); break;
                case (2, ThriftType.I32): encoding = (Encoding)reader.ReadI32(); break;
                case (3, ThriftType.I32): definitionLevelEncoding = (Encoding)reader.ReadI32(); break;
                case (4, ThriftType.I32): repetitionLevelEncoding = (Encoding)reader.ReadI32(); break;
                case (5, ThriftType.Struct): statistics = Statistics.Read(reader); break;
                default: reader.Skip(field.Type); break;
            }
        }
        reader.ReadStructEnd();
        return new DataPageHeader
        {
            NumValues = numValues ?? throw ThriftFormatException.MissingField(nameof(DataPageHeader), "num_values", start),
            Encoding = encoding ?? throw ThriftFormatException.MissingField(nameof(DataPageHeader), "encoding", start),
            DefinitionLevelEncoding = definitionLevelEncoding
                ?? throw ThriftFormatException.MissingField(nameof(DataPageHeader), "definition_level_encoding", start),
            RepetitionLevelEncoding = repetitionLevelEncoding
                ?? throw ThriftFormatException.MissingField(nameof(DataPageHeader), "repetition_level_encoding", start),
            Statistics = statistics,
        };
    }

    public void Write(CompactProtocolWriter writer)
    {
        writer.WriteStructBegin();
        writer.WriteI32Field(1, NumValues);
        writer.WriteI32Field(2, (int)Encoding);
        writer.WriteI32Field(3, (int)DefinitionLevelEncoding);
        writer.WriteI32Field(4, (int)RepetitionLevelEncoding);
        if (Statistics is not null)
        {
            writer.WriteFieldBegin(5, ThriftType.Struct);
            Statistics.Write(writer);
        }
        writer.WriteStructEnd();
    }
}
