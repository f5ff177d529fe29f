using System.Buffers;
using Lineage.Lakehouse.Parquet.Metadata;
using Lineage.Lakehouse.Parquet.Thrift;
using Lineage.Lakehouse.Tests.Thrift;

namespace Lineage.Lakehouse.Tests.Metadata;

public class HostileFooterTests
{
    private static readonly byte[] ValidFooter = ThriftBytes.Write(MetadataSamples.FullFileMetaData().Write);

    [Fact]
    public void A_footer_cut_at_any_byte_is_a_format_error_at_an_offset_inside_it()
    {
        const long footerOffset = 10_000;
        for (var length = 0; length < ValidFooter.Length; length++)
        {
            var cut = ValidFooter.AsMemory(0, length);

            var error = Assert.Throws<ThriftFormatException>(() => ParquetFooter.Parse(cut, footerOffset));

            Assert.InRange(error.Offset, footerOffset, footerOffset + length);
        }
    }

    [Fact]
    public void A_page_header_cut_at_any_byte_is_a_format_error()
    {
        var header = ThriftBytes.Write(MetadataSamples.FullPageHeader().Write);

        for (var length = 0; length < header.Length; length++)
            Assert.Throws<ThriftFormatException>(() => PageHeader.Read(header.AsMemory(0, length), 0, out _));
    }

    [Fact]
    public void Damaged_footers_fail_only_with_format_errors()
    {
        var random = new Random(20261120);
        for (var attempt = 0; attempt < 5_000; attempt++)
        {
            var damaged = (byte[])ValidFooter.Clone();
            for (var flips = 0; flips <= attempt % 4; flips++)
                damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            try
            {
                ParquetFooter.Parse(damaged, 0);
            }
            catch (ThriftFormatException)
            {
            }
        }
    }

    [Fact]
    public void A_schema_list_claiming_billions_of_elements_is_refused()
    {
        var bytes = ThriftBytes.Write(w =>
        {
            w.WriteStructBegin();
            w.WriteI32Field(1, 2);
            w.WriteFieldBegin(2, ThriftType.List);
            w.WriteListBegin(ThriftType.Struct, int.MaxValue);
            w.WriteStructEnd();
        });

        var error = Assert.Throws<ThriftFormatException>(() => ParquetFooter.Parse(bytes, 0));

        Assert.Contains("2147483647 elements", error.Message);
    }

    [Fact]
    public void An_unknown_field_nested_thousands_deep_is_refused()
    {
        var output = new ArrayBufferWriter<byte>();
        var w = new CompactProtocolWriter(output);
        w.WriteStructBegin();
        w.WriteI32Field(1, 2);
        w.WriteFieldBegin(99, ThriftType.Struct);
        output.Write<byte>([.. Enumerable.Repeat((byte)0x1C, 10_000), .. new byte[10_002]]);

        Assert.Throws<ThriftFormatException>(() => ParquetFooter.Parse(output.WrittenMemory, 0));
    }

    [Theory]
    [InlineData(new byte[] { 1, 0, 0, 0, (byte)'P', (byte)'A', (byte)'R', (byte)'2' }, "magic")]
    [InlineData(new byte[] { 1, 0, 0, 0, (byte)'P', (byte)'A', (byte)'R', (byte)'E' }, "encrypted")]
    [InlineData(new byte[] { 0xFF, 0, 0, 0, (byte)'P', (byte)'A', (byte)'R', (byte)'1' }, "255 bytes")]
    [InlineData(new byte[] { 0, 0, 0, 0, (byte)'P', (byte)'A', (byte)'R', (byte)'1' }, "claims 0 bytes")]
    public void A_trailer_that_cannot_be_a_parquet_footer_is_explained(byte[] trailer, string explanation)
    {
        var error = Assert.Throws<ParquetFooterException>(() => ParquetFooter.Locate(trailer, 100));

        Assert.Contains(explanation, error.Message);
    }
}
