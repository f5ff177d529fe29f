using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>The footer of a Parquet file: its schema, row groups and key/value metadata.</summary>
public sealed class FileMetaData
{
    public required int Version { get; set; }

    /// <summary>The schema tree flattened depth-first; the first element is the root.</summary>
    public required List<SchemaElement> Schema { get; set; }

    public required long NumRows { get; set; }
    public required List<RowGroup> RowGroups { get; set; }
    public List<KeyValue>? KeyValueMetadata { get; set; }

    /// <summary>The writing application, e.g. "parquet-mr version 1.13.1 (build …)".</summary>
    public string? CreatedBy { get; set; }

    /// <summary>One per leaf column, in schema order.</summary>
    public List<ColumnOrder>? ColumnOrders { get; set; }

    public static FileMetaData Read(CompactProtocolReader reader)
    {
        var start = reader.AbsolutePosition;
        int? version = null;
        List<SchemaElement>? schema = null;
        long? numRows = null;
        List<RowGroup>? rowGroups = null;
        List<KeyValue>? keyValueMetadata = null;
        string? createdBy = null;
        List<ColumnOrder>? columnOrders = null;
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            switch (field.Id, field.Type)
            {
                case (1, ThriftType.I32): version = reader.ReadI32(); break;
                case (2, ThriftType.List): schema = reader.ReadList(ThriftType.Struct, SchemaElement.Read); break;
                case (3, ThriftType.I64): numRows = reader.ReadI64(); break;
                case (4, ThriftType.List): rowGroups = reader.ReadList(ThriftType.Struct, RowGroup.Read); break;
                case (5, ThriftType.List): keyValueMetadata = reader.ReadList(ThriftType.Struct, KeyValue.Read); break;
                case (6, ThriftType.Binary): createdBy = reader.ReadString(); break;
                case (7, ThriftType.List): columnOrders = reader.ReadList(ThriftType.Struct, ColumnOrder.Read); break;
                default: reader.Skip(field.Type); break;
            }
        }
        reader.ReadStructEnd();
        return new FileMetaData
        {
            Version = version ?? throw ThriftFormatException.MissingField(nameof(FileMetaData), "version", start),
            Schema = schema ?? throw ThriftFormatException.MissingField(nameof(FileMetaData), "schema", start),
            NumRows = numRows ?? throw ThriftFormatException.MissingField(nameof(FileMetaData), "num_rows", start),
            RowGroups = rowGroups ?? throw ThriftFormatException.MissingField(nameof(FileMetaData), "row_groups", start),
            KeyValueMetadata = keyValueMetadata,
            CreatedBy = createdBy,
            ColumnOrders = columnOrders,
        };
    }

    public void Write(CompactProtocolWriter writer)
    {
        writer.WriteStructBegin();
        writer.WriteI32Field(1, Version);
        writer.WriteListField(2, ThriftType.Struct, Schema, static (w, element) => element.Write(w));
        writer.WriteI64Field(3, NumRows);
        writer.WriteListField(4, ThriftType.Struct, RowGroups, static (w, rowGroup) => rowGroup.Write(w));
        if (KeyValueMetadata is not null)
            writer.WriteListField(5, ThriftType.Struct, KeyValueMetadata, static (w, entry) => entry.Write(w));
        if (CreatedBy is not null) writer.WriteStringField(6, CreatedBy);
        if (ColumnOrders is not null)
            writer.WriteListField(7, ThriftType.Struct, ColumnOrders, static (w, order) => order.Write(w));
        writer.WriteStructEnd();
    }
}
