using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>A column the rows of a row group are sorted by.</summary>
public sealed class SortingColumn
{
    /// <summary>The index of the column in the row group's column list.</summary>
    public required int ColumnIdx { get; set; }
    public required bool Descending { get; set; }
    public required bool NullsFirst { get; set; }

    public static SortingColumn Read(CompactProtocolReader reader)
    {
        var start = reader.AbsolutePosition;
        int? columnIdx = null;
        bool? descending = null;
        bool? nullsFirst = null;
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            switch (field.Id, field.Type)
            {
                case (1, ThriftType.I32): columnIdx = reader.ReadI32(); break;
                case (2, ThriftType.Bool): descending = reader.ReadBool(); break;
                case (3, ThriftType.Bool): nullsFirst = reader.ReadBool(); break;
                default: reader.Skip(field.Type); break;
            }
        }
        reader.ReadStructEnd();
        return new SortingColumn
        {
            ColumnIdx = columnIdx ?? throw ThriftFormatException.MissingField(nameof(SortingColumn), "column_idx", start),
            Descending = descending ?? throw ThriftFormatException.MissingField(nameof(SortingColumn), "descending", start),
            NullsFirst = nullsFirst ?? throw ThriftFormatException.MissingField(nameof(SortingColumn), "nulls_first", start),
        };
    }

    public void Write(CompactProtocolWriter writer)
    {
        writer.WriteStructBegin();
        writer.WriteI32Field(1, ColumnIdx);
        writer.WriteBoolField(2, Descending);
        writer.WriteBoolField(3, NullsFirst);
        writer.WriteStructEnd();
    }
}
