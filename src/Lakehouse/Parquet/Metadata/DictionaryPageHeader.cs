using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>The dictionary page at the start of a dictionary-encoded column chunk.</summary>
public sealed class DictionaryPageHeader
{
    /// <summary>Entries in the dictionary.</summary>
    public required int NumValues { get; set; }
    public required Encoding Encoding { get; set; }
    public bool? IsSorted { get; set; }

    public static DictionaryPageHeader Read(CompactProtocolReader reader)
    {
        var start = reader.AbsolutePosition;
        int? numValues = null;
        Encoding? encoding = null;
        bool? isSorted = null;
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            switch (field.Id, field.Type)
            {
                case (1, ThriftType.I32): numValues = reader.ReadI32(); break;
                case (2, ThriftType.I32): encoding = (Encoding)reader.ReadI32(); break;
                case (3, ThriftType.Bool): isSorted = reader.ReadBool(); break;
                default: reader.Skip(field.Type); break;
            }
        }
        reader.ReadStructEnd();
        return new DictionaryPageHeader
        {
            NumValues = numValues ?? throw ThriftFormatException.MissingField(nameof(DictionaryPageHeader), "num_values", start),
            Encoding = encoding ?? throw ThriftFormatException.MissingField(nameof(DictionaryPageHeader), "encoding", start),
            IsSorted = isSorted,
        };
    }

    public void Write(CompactProtocolWriter writer)
    {
        writer.WriteStructBegin();
        writer.WriteI32Field(1, NumValues);
        writer.WriteI32Field(2, (int)Encoding);
        if (IsSorted is { } isSorted) writer.WriteBoolField(3, isSorted);
        writer.WriteStructEnd();
    }
}
