using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Tests.Thrift;

public class HostileInputTests
{
    [Fact]
    public void A_list_claiming_more_elements_than_bytes_left_is_refused_before_reading_them()
    {
        byte[] bytes = [0xFC, 0xFF, 0xFF, 0xFF, 0xFF, 0x07, 0x00, 0x00]; // a list of 2^31 − 1 structs

        var error = Assert.Throws<ThriftFormatException>(() => new CompactProtocolReader(bytes, 1000).ReadList(ThriftType.Struct, r =>
        {
            r.Skip(ThriftType.Struct);
            return 0;
        }));

        Assert.Equal(1000, error.Offset);
        Assert.Contains("2147483647", error.Message);
    }

    [Fact]
    public void A_list_of_doubles_needs_eight_bytes_per_element()
    {
        byte[] bytes = [0x37, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]; // 3 doubles announced, 2 present

        Assert.Throws<ThriftFormatException>(() => new CompactProtocolReader(bytes).ReadListBegin());
    }

    [Fact]
    public void A_map_claiming_more_entries_than_bytes_left_is_refused()
    {
        byte[] bytes = [0x80, 0x80, 0x04, 0x88, 0x01, 0x01];

        Assert.Throws<ThriftFormatException>(() => new CompactProtocolReader(bytes).Skip(ThriftType.Map));
    }

    [Fact]
    public void A_binary_longer_than_the_input_is_refused_with_its_offset()
    {
        byte[] bytes = [0x00, 0x00, 0x90, 0x4E, 0x61];

        var reader = new CompactProtocolReader(bytes, 40);
        reader.ReadByte();
        reader.ReadByte();
        var error = Assert.Throws<ThriftFormatException>(() => reader.ReadString());

        Assert.Equal(42, error.Offset);
        Assert.Contains("10000", error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x80, 0x01 })]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x7F })]
    [InlineData(new byte[] { 0x80, 0x80 })]
    public void Malformed_or_truncated_i32_varints_are_refused(byte[] bytes)
    {
        Assert.Throws<ThriftFormatException>(() => new CompactProtocolReader(bytes).ReadI32());
    }

    [Fact]
    public void An_i16_out_of_range_is_refused()
    {
        var bytes = ThriftBytes.Write(w => w.WriteI32(40_000));

        Assert.Throws<ThriftFormatException>(() => new CompactProtocolReader(bytes).ReadI16());
    }

    [Fact]
    public void Lists_nested_deeper_than_the_limit_are_refused_not_recursed_into()
    {
        var bytes = Enumerable.Repeat((byte)0x19, 100_000).ToArray(); // each a list of one list

        var error = Assert.Throws<ThriftFormatException>(() => new CompactProtocolReader(bytes).Skip(ThriftType.List));

        Assert.Contains("64", error.Message);
    }

    [Fact]
    public void Structs_nested_deeper_than_the_limit_are_refused()
    {
        var bytes = Enumerable.Repeat((byte)0x1C, 100_000).ToArray(); // field 1 of type struct, again and again

        Assert.Throws<ThriftFormatException>(() => new CompactProtocolReader(bytes).Skip(ThriftType.Struct));
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_fine()
    {
        byte[] bytes = [.. Enumerable.Repeat((byte)0x1C, CompactProtocolReader.MaxDepth - 1), .. Enumerable.Repeat((byte)0, 64)];

        var reader = new CompactProtocolReader(bytes);
        reader.Skip(ThriftType.Struct);

        Assert.Equal(0, reader.Remaining);
    }

    [Theory]
    [InlineData(new byte[] { 0x1E })]
    [InlineData(new byte[] { 0x1F })]
    public void Unknown_field_types_are_refused(byte[] bytes)
    {
        var reader = new CompactProtocolReader(bytes);
        reader.ReadStructBegin();

        Assert.Throws<ThriftFormatException>(() => reader.ReadFieldBegin());
    }

    [Fact]
    public void Reading_past_the_end_is_a_format_error()
    {
        var reader = new CompactProtocolReader(new byte[] { 0x01, 0x02, 0x03 }, 7);

        var error = Assert.Throws<ThriftFormatException>(() => reader.ReadDouble());

        Assert.Equal(7, error.Offset);
    }
}
