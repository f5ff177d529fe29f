using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>A version 2 data page: uncompressed repetition and definition levels, then the (maybe compressed) values.</summary>
public sealed class DataPageHeaderV2
{
    /// <summary>Values in the page, nulls included.</summary>
    public required int NumValues { get; set; }
    public required int NumNulls { get; set; }
    public required int NumRows { get; set; }
    public required Encoding Encoding { get; set; }
    public required int DefinitionLevelsByteLength { get; set; }
    public required int RepetitionLevelsByteLength { get; set; }

    /// <summary>Whether the values section is compressed; true when a writer leaves it out.</summary>
    public bool IsCompressed { get; set; } = true;

    public Statistics? Statistics { get; set; }

    public static DataPageHeaderV2 Read(CompactProtocolReader reader)
    {
        var start = reader.AbsolutePosition;
        int? numValues = null;
        int? numNulls = null;
        int? numRows = null;
        Encoding? encoding = null;
        int? definitionLevelsByteLength = null;
        int? repetitionLevelsByteLength = null;
        var isCompressed = true;
        Statistics? statistics = null;
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            switch (field.Id, field.Type)
            {
                case (1, ThriftType.I32): numValues = reader.ReadI32(); break;
                case (2, ThriftType.I32): numNulls = reader.ReadI32(); break;
                case (3, ThriftType.I32): numRows = reader.ReadI32(); break;
                case (4, ThriftType.I32): encoding = (Encoding)reader.ReadI32(); break;
                case (5, ThriftType.I32): definitionLevelsByteLength = reader.ReadI32(); break;
                case (6, ThriftType.I32): repetitionLevelsByteLength = reader.ReadI32(); break;
                case (7, ThriftType.Bool): isCompressed = reader.ReadBool(); break;
                case (8, ThriftType.Struct): statistics = Statistics.Read(reader); break;
                default: reader.Skip(field.Type); break;
            }
        }
        reader.ReadStructEnd();
        const string name = nameof(DataPageHeaderV2);
        return new DataPageHeaderV2
        {
            NumValues = numValues ?? throw ThriftFormatException.MissingField(name, "num_values", start),
            NumNulls = numNulls ?? throw ThriftFormatException.MissingField(name, "num_nulls", start),
            NumRows = numRows ?? throw ThriftFormatException.MissingField(name, "num_rows", start),
            Encoding = encoding ?? throw ThriftFormatException.MissingField(name, "encoding", start),
            DefinitionLevelsByteLength = definitionLevelsByteLength
                ?? throw ThriftFormatException.MissingField(name, "definition_levels_byte_length", start),
            RepetitionLevelsByteLength = repetitionLevelsByteLength
                ?? throw ThriftFormatException.MissingField(name, "repetition_levels_byte_length", start),
            IsCompressed = isCompressed,
            Statistics = statistics,
        };
    }

    public void Write(CompactProtocolWriter writer)
    {
        writer.WriteStructBegin();
        writer.WriteI32Field(1, NumValues);
        writer.WriteI32Field(2, NumNulls);
        writer.WriteI32Field(3, NumRows);
        writer.WriteI32Field(4, (int)Encoding);
        writer.WriteI32Field(5, DefinitionLevelsByteLength);
        writer.WriteI32Field(6, RepetitionLevelsByteLength);
        writer.WriteBoolField(7, IsCompressed);
        if (Statistics is not null)
        {
            writer.WriteFieldBegin(8, ThriftType.Struct);
            Statistics.Write(writer);
        }
        writer.WriteStructEnd();
    }
}
