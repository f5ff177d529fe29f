using Lineage.Lakehouse.Parquet.Metadata;
using Lineage.Lakehouse.Parquet.Thrift;
using Lineage.Lakehouse.Tests.Thrift;

namespace Lineage.Lakehouse.Tests.Metadata;

public class UnknownContentTests
{
    [Fact]
    public void Fields_unknown_to_the_model_are_skipped_wherever_they_appear()
    {
        var bytes = ThriftBytes.Write(w =>
        {
            w.WriteStructBegin();
            w.WriteI32Field(1, 2);
            WriteUnknownValues(w, 40); // before the schema: ids 40…
            w.WriteFieldBegin(2, ThriftType.List);
            w.WriteListBegin(ThriftType.Struct, 1);
            w.WriteStructBegin();
            w.WriteStringField(4, "root");
            WriteUnknownValues(w, 11); // a future SchemaElement field
            w.WriteStructEnd();
            w.WriteI64Field(3, 5);
            w.WriteFieldBegin(4, ThriftType.List);
            w.WriteListBegin(ThriftType.Struct, 0);
            w.WriteFieldBegin(8, ThriftType.Struct); // encryption_algorithm, which the model leaves out
            w.WriteStructBegin();
            w.WriteFieldBegin(1, ThriftType.Struct);
            w.WriteStructBegin();
            w.WriteBinaryField(1, [1, 2, 3]);
            w.WriteBoolField(3, true);
            w.WriteStructEnd();
            w.WriteStructEnd();
            w.WriteBinaryField(9, [9, 9]);
            w.WriteStructEnd();
        });

        var parsed = FileMetaData.Read(new CompactProtocolReader(bytes));

        Assert.Equal(2, parsed.Version);
        Assert.Equal("root", Assert.Single(parsed.Schema).Name);
        Assert.Equal(5, parsed.NumRows);
        Assert.Empty(parsed.RowGroups);
    }

    [Fact]
    public void A_known_field_id_with_an_unexpected_type_is_skipped_like_an_unknown_field()
    {
        var bytes = ThriftBytes.Write(w =>
        {
            w.WriteStructBegin();
            w.WriteStringField(1, "not an i32");
            w.WriteStringField(4, "id");
            w.WriteStructEnd();
        });

        var parsed = SchemaElement.Read(new CompactProtocolReader(bytes));

        Assert.Null(parsed.Type);
        Assert.Equal("id", parsed.Name);
    }

    [Fact]
    public void A_logical_type_newer_than_the_model_is_kept_as_unrecognized()
    {
        var bytes = ThriftBytes.Write(w =>
        {
            w.WriteStructBegin();
            w.WriteFieldBegin(18, ThriftType.Struct); // GEOGRAPHY, with its optional fields
            w.WriteStructBegin();
            w.WriteStringField(1, "OGC:CRS84");
            w.WriteI32Field(2, 1);
            w.WriteStructEnd();
            w.WriteStructEnd();
        });

        var parsed = LogicalType.Read(new CompactProtocolReader(bytes));

        Assert.Equal(new UnrecognizedLogicalType(18), parsed);
        Assert.Equal(parsed, LogicalType.Read(new CompactProtocolReader(ThriftBytes.Write(parsed.Write))));
    }

    [Fact]
    public void Enum_values_beyond_the_known_ones_are_kept_as_numbers()
    {
        var bytes = ThriftBytes.Write(w =>
        {
            w.WriteStructBegin();
            w.WriteI32Field(1, 42);
            w.WriteI32Field(3, 9);
            w.WriteStringField(4, "future");
            w.WriteI32Field(6, 99);
            w.WriteStructEnd();
        });

        var parsed = SchemaElement.Read(new CompactProtocolReader(bytes));

        Assert.Equal((PhysicalType)42, parsed.Type);
        Assert.Equal((FieldRepetitionType)9, parsed.RepetitionType);
        Assert.Equal((ConvertedType)99, parsed.ConvertedType);
    }

    [Fact]
    public void A_time_unit_newer_than_the_model_is_kept_as_its_member_id()
    {
        var bytes = ThriftBytes.Write(w =>
        {
            w.WriteStructBegin();
            w.WriteFieldBegin(8, ThriftType.Struct);
            w.WriteStructBegin();
            w.WriteBoolField(1, true);
            w.WriteFieldBegin(2, ThriftType.Struct);
            ThriftUnion.WriteEmptyMember(w, 4);
            w.WriteStructEnd();
            w.WriteStructEnd();
        });

        Assert.Equal(new TimestampType(true, (TimeUnit)4), LogicalType.Read(new CompactProtocolReader(bytes)));
    }

    [Theory]
    [InlineData(3, "FileMetaData", "num_rows")]
    [InlineData(2, "FileMetaData", "schema")]
    public void A_missing_required_field_is_named_with_its_struct(short leftOut, string structName, string fieldName)
    {
        var bytes = ThriftBytes.Write(w =>
        {
            w.WriteStructBegin();
            w.WriteI32Field(1, 2);
            if (leftOut != 2)
                w.WriteListField(2, ThriftType.Struct, [new SchemaElement { Name = "s" }], (x, e) => e.Write(x));
            if (leftOut != 3)
                w.WriteI64Field(3, 1);
            w.WriteListField(4, ThriftType.Struct, Array.Empty<RowGroup>(), (x, g) => g.Write(x));
            w.WriteStructEnd();
        });

        var error = Assert.Throws<ThriftFormatException>(() => ParquetFooter.Parse(bytes, 500));

        Assert.Contains(structName, error.Message);
        Assert.Contains(fieldName, error.Message);
        Assert.Equal(500, error.Offset);
    }

    [Fact]
    public void A_schema_element_without_a_name_is_refused()
    {
        var bytes = ThriftBytes.Write(w =>
        {
            w.WriteStructBegin();
            w.WriteI32Field(1, 1);
            w.WriteStructEnd();
        });

        var error = Assert.Throws<ThriftFormatException>(() => SchemaElement.Read(new CompactProtocolReader(bytes)));

        Assert.Contains("SchemaElement lacks its required field name", error.Message);
    }

    private static void WriteUnknownValues(CompactProtocolWriter w, short firstId)
    {
        w.WriteDoubleField(firstId, 1.5);
        w.WriteFieldBegin((short)(firstId + 1), ThriftType.Map);
        w.WriteMapBegin(ThriftType.Binary, ThriftType.Struct, 1);
        w.WriteString("key");
        w.WriteStructBegin();
        w.WriteListField(1, ThriftType.I64, [1L, 2L], (x, v) => x.WriteI64(v));
        w.WriteStructEnd();
        w.WriteBoolField((short)(firstId + 2), false);
        w.WriteFieldBegin((short)(firstId + 3), ThriftType.Set);
        w.WriteSetBegin(ThriftType.Binary, 2);
        w.WriteString("x");
        w.WriteString("y");
    }
}
