using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Tests.Thrift;

public class CompactProtocolTests
{
    [Theory]
    [InlineData(0, new byte[] { 0x00 })]
    [InlineData(-1, new byte[] { 0x01 })]
    [InlineData(1, new byte[] { 0x02 })]
    [InlineData(-2, new byte[] { 0x03 })]
    [InlineData(150, new byte[] { 0xAC, 0x02 })]
    [InlineData(int.MaxValue, new byte[] { 0xFE, 0xFF, 0xFF, 0xFF, 0x0F })]
    [InlineData(int.MinValue, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F })]
    public void I32_values_are_zigzag_varints(int value, byte[] expected)
    {
        var bytes = ThriftBytes.Write(w => w.WriteI32(value));

        Assert.Equal(expected, bytes);
        Assert.Equal(value, new CompactProtocolReader(bytes).ReadI32());
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(1L << 40)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void I64_values_round_trip(long value)
    {
        var bytes = ThriftBytes.Write(w => w.WriteI64(value));

        var reader = new CompactProtocolReader(bytes);
        Assert.Equal(value, reader.ReadI64());
        Assert.Equal(0, reader.Remaining);
    }

    [Fact]
    public void Scalars_binary_and_strings_round_trip()
    {
        var bytes = ThriftBytes.Write(w =>
        {
            w.WriteI16(short.MinValue);
            w.WriteByte(-7);
            w.WriteDouble(-1.1372838);
            w.WriteString("énergie ⚛");
            w.WriteBinary([0, 255, 3]);
            w.WriteBool(true);
            w.WriteBool(false);
        });

        var reader = new CompactProtocolReader(bytes);
        Assert.Equal(short.MinValue, reader.ReadI16());
        Assert.Equal(-7, reader.ReadByte());
        Assert.Equal(-1.1372838, reader.ReadDouble());
        Assert.Equal("énergie ⚛", reader.ReadString());
        Assert.Equal(new byte[] { 0, 255, 3 }, reader.ReadBinaryArray());
        Assert.True(reader.ReadBool());
        Assert.False(reader.ReadBool());
        Assert.Equal(0, reader.Remaining);
    }

    [Fact]
    public void Boolean_fields_carry_their_value_in_the_header()
    {
        var bytes = ThriftBytes.Write(w =>
        {
            w.WriteStructBegin();
            w.WriteBoolField(1, true);
            w.WriteBoolField(2, false);
            w.WriteStructEnd();
        });

        Assert.Equal(new byte[] { 0x11, 0x12, 0x00 }, bytes); // delta 1 and type 1 (true), delta 1 and type 2 (false), stop
        var reader = new CompactProtocolReader(bytes);
        reader.ReadStructBegin();
        Assert.Equal(new ThriftField(1, ThriftType.Bool), reader.ReadFieldBegin());
        Assert.True(reader.ReadBool());
        Assert.Equal(new ThriftField(2, ThriftType.Bool), reader.ReadFieldBegin());
        Assert.False(reader.ReadBool());
        Assert.True(reader.ReadFieldBegin().IsStop);
        reader.ReadStructEnd();
    }

    [Fact]
    public void Field_ids_use_deltas_up_to_15_and_the_long_form_otherwise()
    {
        var bytes = ThriftBytes.Write(w =>
        {
            w.WriteStructBegin();
            w.WriteI32Field(3, 1);
            w.WriteI32Field(18, 2);
            w.WriteI32Field(100, 3);
            w.WriteI32Field(4, 4);
            w.WriteStructEnd();
        });

        Assert.Equal(new byte[] { 0x35, 0x02, 0xF5, 0x04, 0x05, 0xC8, 0x01, 0x06, 0x05, 0x08, 0x08, 0x00 }, bytes);
        var reader = new CompactProtocolReader(bytes);
        reader.ReadStructBegin();
        var ids = new List<short>();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            ids.Add(field.Id);
            reader.ReadI32();
        }
        Assert.Equal(new short[] { 3, 18, 100, 4 }, ids);
    }

    [Fact]
    public void A_nested_struct_does_not_disturb_the_field_ids_of_its_parent()
    {
        var bytes = ThriftBytes.Write(w =>
        {
            w.WriteStructBegin();
            w.WriteI32Field(5, 50);
            w.WriteFieldBegin(6, ThriftType.Struct);
            w.WriteStructBegin();
            w.WriteI32Field(1, 10);
            w.WriteStructEnd();
            w.WriteI32Field(7, 70);
            w.WriteStructEnd();
        });

        var reader = new CompactProtocolReader(bytes);
        reader.ReadStructBegin();
        Assert.Equal(new ThriftField(5, ThriftType.I32), reader.ReadFieldBegin());
        reader.ReadI32();
        Assert.Equal(new ThriftField(6, ThriftType.Struct), reader.ReadFieldBegin());
        reader.ReadStructBegin();
        Assert.Equal(new ThriftField(1, ThriftType.I32), reader.ReadFieldBegin());
        Assert.Equal(10, reader.ReadI32());
        Assert.True(reader.ReadFieldBegin().IsStop);
        reader.ReadStructEnd();
        Assert.Equal(new ThriftField(7, ThriftType.I32), reader.ReadFieldBegin());
        Assert.Equal(70, reader.ReadI32());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(300)]
    public void List_headers_hold_small_counts_in_a_nibble_and_larger_ones_in_a_varint(int count)
    {
        var bytes = ThriftBytes.Write(w =>
        {
            w.WriteListBegin(ThriftType.I64, count);
            for (var i = 0; i < count; i++)
                w.WriteI64(i * 1000L);
        });

        Assert.Equal(count < 15 ? (byte)((count << 4) | 6) : (byte)0xF6, bytes[0]);
        var reader = new CompactProtocolReader(bytes);
        Assert.Equal(Enumerable.Range(0, count).Select(i => i * 1000L), reader.ReadList(ThriftType.I64, r => r.ReadI64()));
    }

    [Theory]
    [InlineData(0x11)]
    [InlineData(0x12)]
    public void Boolean_list_elements_are_announced_as_1_or_2(byte header)
    {
        byte[] bytes = [header, 0x01];

        var list = new CompactProtocolReader(bytes).ReadList(ThriftType.Bool, r => r.ReadBool());

        Assert.Equal([true], list);
    }

    [Fact]
    public void Boolean_list_elements_are_bytes_1_for_true_and_2_for_false()
    {
        var bytes = ThriftBytes.Write(w =>
        {
            w.WriteListBegin(ThriftType.Bool, 3);
            w.WriteBool(true);
            w.WriteBool(false);
            w.WriteBool(true);
        });

        Assert.Equal(new byte[] { 0x31, 0x01, 0x02, 0x01 }, bytes);
        Assert.Equal([true, false, true], new CompactProtocolReader(bytes).ReadList(ThriftType.Bool, r => r.ReadBool()));
    }

    [Fact]
    public void Maps_and_sets_round_trip()
    {
        var bytes = ThriftBytes.Write(w =>
        {
            w.WriteMapBegin(ThriftType.Binary, ThriftType.I32, 2);
            w.WriteString("a");
            w.WriteI32(1);
            w.WriteString("b");
            w.WriteI32(2);
            w.WriteMapBegin(ThriftType.Binary, ThriftType.I32, 0);
            w.WriteSetBegin(ThriftType.I16, 1);
            w.WriteI16(9);
        });

        var reader = new CompactProtocolReader(bytes);
        Assert.Equal(new ThriftMap(ThriftType.Binary, ThriftType.I32, 2), reader.ReadMapBegin());
        Assert.Equal("a", reader.ReadString());
        Assert.Equal(1, reader.ReadI32());
        Assert.Equal("b", reader.ReadString());
        Assert.Equal(2, reader.ReadI32());
        Assert.Equal(0, reader.ReadMapBegin().Count);
        Assert.Equal(new ThriftCollection(ThriftType.I16, 1), reader.ReadSetBegin());
        Assert.Equal(9, reader.ReadI16());
        Assert.Equal(0, reader.Remaining);
    }

    [Fact]
    public void Binary_values_are_slices_of_the_input_without_copying()
    {
        var bytes = ThriftBytes.Write(w => w.WriteBinary([1, 2, 3]));

        var slice = new CompactProtocolReader(bytes).ReadBinary();

        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(slice, out var segment));
        Assert.Same(bytes, segment.Array);
        Assert.Equal(1, segment.Offset);
    }
}
