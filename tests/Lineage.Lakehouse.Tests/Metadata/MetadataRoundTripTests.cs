using System.Buffers;
using Lineage.Lakehouse.Parquet.Metadata;
using Lineage.Lakehouse.Parquet.Thrift;
using Lineage.Lakehouse.Tests.Thrift;

namespace Lineage.Lakehouse.Tests.Metadata;

public class MetadataRoundTripTests
{
    [Fact]
    public void The_sample_sets_every_field()
    {
        StructuralAssert.FullyPopulated(MetadataSamples.FullFileMetaData());
        StructuralAssert.FullyPopulated(MetadataSamples.FullPageHeader());
    }

    [Fact]
    public void A_fully_populated_footer_reads_back_field_for_field()
    {
        var original = MetadataSamples.FullFileMetaData();
        var output = new ArrayBufferWriter<byte>();

        ParquetFooter.Write(original, output);
        var trailer = output.WrittenSpan[^ParquetFooter.TrailerLength..];
        var fileLength = 4L + output.WrittenCount;
        var location = ParquetFooter.Locate(trailer, fileLength);
        var parsed = ParquetFooter.Parse(output.WrittenMemory[..location.Length], location.Offset);

        Assert.Equal(4, location.Offset);
        Assert.Equal(output.WrittenCount - ParquetFooter.TrailerLength, location.Length);
        StructuralAssert.Equal(original, parsed);
    }

    [Fact]
    public void Every_logical_type_reads_back_as_itself()
    {
        foreach (var logicalType in MetadataSamples.EveryLogicalType)
        {
            var bytes = ThriftBytes.Write(logicalType.Write);

            Assert.Equal(logicalType, LogicalType.Read(new CompactProtocolReader(bytes)));
        }
    }

    [Fact]
    public void A_fully_populated_page_header_reads_back_and_tells_where_the_page_starts()
    {
        var original = MetadataSamples.FullPageHeader();
        byte[] header = ThriftBytes.Write(original.Write);
        byte[] headerAndPage = [.. header, 0xDE, 0xAD, 0xBE, 0xEF];

        var parsed = PageHeader.Read(headerAndPage, 1234, out var headerLength);

        Assert.Equal(header.Length, headerLength);
        StructuralAssert.Equal(original, parsed);
    }

    [Fact]
    public void Absent_optional_fields_stay_absent()
    {
        var minimal = new FileMetaData
        {
            Version = 1,
            Schema = [new SchemaElement { Name = "schema" }],
            NumRows = 0,
            RowGroups = [],
        };

        var parsed = FileMetaData.Read(new CompactProtocolReader(ThriftBytes.Write(minimal.Write)));

        StructuralAssert.Equal(minimal, parsed);
        Assert.Null(parsed.Schema[0].Type);
        Assert.Null(parsed.KeyValueMetadata);
        Assert.Null(parsed.ColumnOrders);
    }

    [Fact]
    public void Is_compressed_defaults_to_true_when_a_v2_header_leaves_it_out()
    {
        var bytes = ThriftBytes.Write(w =>
        {
            w.WriteStructBegin();
            for (short id = 1; id <= 6; id++)
                w.WriteI32Field(id, id);
            w.WriteStructEnd();
        });

        var parsed = DataPageHeaderV2.Read(new CompactProtocolReader(bytes));

        Assert.True(parsed.IsCompressed);
        Assert.Equal(6, parsed.RepetitionLevelsByteLength);
    }

    [Fact]
    public void Field_ids_on_the_wire_are_those_of_parquet_thrift()
    {
        var column = new SortingColumn { ColumnIdx = 7, Descending = true, NullsFirst = false };
        var element = new SchemaElement { Name = "a", FieldId = 3 };

        Assert.Equal(new byte[] { 0x15, 0x0E, 0x11, 0x12, 0x00 }, ThriftBytes.Write(column.Write));
        Assert.Equal(new byte[] { 0x48, 0x01, (byte)'a', 0x55, 0x06, 0x00 }, ThriftBytes.Write(element.Write));
    }
}
