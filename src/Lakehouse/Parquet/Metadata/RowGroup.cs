using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>A horizontal slice of the file: one column chunk per leaf column.</summary>
public sealed class RowGroup
{
    public required List<ColumnChunk> Columns { get; set; }

    /// <summary>Uncompressed bytes of all the row group's column data.</summary>
    public required long TotalByteSize { get; set; }

    public required long NumRows { get; set; }
    public List<SortingColumn>? SortingColumns { get; set; }

    /// <summary>File offset of the row group's first page.</summary>
    public long? FileOffset { get; set; }

    public long? TotalCompressedSize { get; set; }

    /// <summary>The row group's position in the file.</summary>
    public short? Ordinal { get; set; }

    public static RowGroup Read(CompactProtocolReader reader)
    {
        var start = reader.AbsolutePosition;
        List<ColumnChunk>? columns = null;
        long? totalByteSize = null;
        long? numRows = null;
        List<SortingColumn>? sortingColumns = null;
        long? fileOffset = null;
        long? totalCompressedSize = null;
        short? ordinal = null;
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            switch (field.Id, field.Type)
            {
                case (1, ThriftType.List): columns = reader.ReadList(ThriftType.Struct, ColumnChunk.Read); break;
                case (2, ThriftType.I64): totalByteSize = reader.ReadI64(); break;
                case (3, ThriftType.I64): numRows = reader.ReadI64(); break;
                case (4, ThriftType.List): sortingColumns = reader.ReadList(ThriftType.Struct, SortingColumn.Read); break;
                case (5, ThriftType.I64): fileOffset = reader.ReadI64(); break;
                case (6, ThriftType.I64): totalCompressedSize = reader.ReadI64(); break;
                case (7, ThriftType.I16): ordinal = reader.ReadI16(); break;
                default: reader.Skip(field.Type); break;
            }
        }
        reader.ReadStructEnd();
        return new RowGroup
        {
            Columns = columns ?? throw ThriftFormatException.MissingField(nameof(RowGroup), "columns", start),
            TotalByteSize = totalByteSize ?? throw ThriftFormatException.MissingField(nameof(RowGroup), "total_byte_size", start),
            NumRows = numRows ?? throw ThriftFormatException.MissingField(nameof(RowGroup), "num_rows", start),
            SortingColumns = sortingColumns,
            FileOffset = fileOffset,
            TotalCompressedSize = totalCompressedSize,
            Ordinal = ordinal,
        };
    }

    public void Write(CompactProtocolWriter writer)
    {
        writer.WriteStructBegin();
        writer.WriteListField(1, ThriftType.Struct, Columns, static (w, column) => column.Write(w));
        writer.WriteI64Field(2, TotalByteSize);
        writer.WriteI64Field(3, NumRows);
        if (SortingColumns is not null)
            writer.WriteListField(4, ThriftType.Struct, SortingColumns, static (w, sorting) => sorting.Write(w));
        if (FileOffset is { } fileOffset) writer.WriteI64Field(5, fileOffset);
        if (TotalCompressedSize is { } totalCompressedSize) writer.WriteI64Field(6, totalCompressedSize);
        if (Ordinal is { } ordinal) writer.WriteI16Field(7, ordinal);
        writer.WriteStructEnd();
    }
}
