using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>One column of one row group: its metadata and where its page indexes are.</summary>
public sealed class ColumnChunk
{
    /// <summary>The file holding the chunk when not this one.</summary>
    public string? FilePath { get; set; }

    /// <summary>Deprecated (often 0 or the metadata's offset); use <see cref="ColumnMetaData.DataPageOffset"/>.</summary>
    public long FileOffset { get; set; }

    public ColumnMetaData? MetaData { get; set; }
    public long? OffsetIndexOffset { get; set; }
    public int? OffsetIndexLength { get; set; }
    public long? ColumnIndexOffset { get; set; }
    public int? ColumnIndexLength { get; set; }

    public static ColumnChunk Read(CompactProtocolReader reader)
    {
        // file_offset is required but declared with a default of 0, so a missing one reads as 0.
        var result = new ColumnChunk();
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            switch (field.Id, field.Type)
            {
                case (1, ThriftType.Binary): result.FilePath = reader.ReadString(); break;
                case (2, ThriftType.I64): result.FileOffset = reader.ReadI64(); break;
                case (3, ThriftType.Struct): result.MetaData = ColumnMetaData.Read(reader); break;
                case (4, ThriftType.I64): result.OffsetIndexOffset = reader.ReadI64(); break;
                case (5, ThriftType.I32): result.OffsetIndexLength = reader.ReadI32(); break;
                case (6, ThriftType.I64): result.ColumnIndexOffset = reader.ReadI64(); break;
                case (7, ThriftType.I32): result.ColumnIndexLength = reader.ReadI32(); break;
                default: reader.Skip(field.Type); break;
            }
        }
        reader.ReadStructEnd();
        return result;
    }

    public void Write(CompactProtocolWriter writer)
    {
        writer.WriteStructBegin();
        if (FilePath is not null) writer.WriteStringField(1, FilePath);
        writer.WriteI64Field(2, FileOffset);
        if (MetaData is not null)
        {
            writer.WriteFieldBegin(3, ThriftType.Struct);
            MetaData.Write(writer);
        }
        if (OffsetIndexOffset is { } offsetIndexOffset) writer.WriteI64Field(4, offsetIndexOffset);
        if (OffsetIndexLength is { } offsetIndexLength) writer.WriteI32Field(5, offsetIndexLength);
        if (ColumnIndexOffset is { } columnIndexOffset) writer.WriteI64Field(6, columnIndexOffset);
        if (ColumnIndexLength is { } columnIndexLength) writer.WriteI32Field(7, columnIndexLength);
        writer.WriteStructEnd();
    }
}
