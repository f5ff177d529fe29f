using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>A key/value metadata entry of a file or column chunk.</summary>
public sealed class KeyValue
{
    public required string Key { get; set; }
    public string? Value { get; set; }

    public static KeyValue Read(CompactProtocolReader reader)
    {
        var start = reader.AbsolutePosition;
        string? key = null;
        string? value = null;
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            switch (field.Id, field.Type)
            {
                case (1, ThriftType.Binary): key = reader.ReadString(); break;
                case (2, ThriftType.Binary): value = reader.ReadString(); break;
                default: reader.Skip(field.Type); break;
            }
        }
        reader.ReadStructEnd();
        return new KeyValue
        {
            Key = key ?? throw ThriftFormatException.MissingField(nameof(KeyValue), "key", start),
            Value = value,
        };
    }

    public void Write(CompactProtocolWriter writer)
    {
        writer.WriteStructBegin();
        writer.WriteStringField(1, Key);
        if (Value is not null) writer.WriteStringField(2, Value);
        writer.WriteStructEnd();
    }
}
