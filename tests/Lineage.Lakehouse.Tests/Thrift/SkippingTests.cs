using System.Buffers;
using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Tests.Thrift;

public class SkippingTests
{
    [Fact]
    public void Skip_passes_over_a_value_of_every_type_and_lands_on_the_next_field()
    {
        var output = new ArrayBufferWriter<byte>();
        var w = new CompactProtocolWriter(output);
        w.WriteStructBegin();
        w.WriteBoolField(1, true);
        w.WriteByteField(2, -3);
        w.WriteI16Field(3, 300);
        w.WriteI32Field(4, -70000);
        w.WriteI64Field(5, long.MinValue);
        w.WriteDoubleField(6, 2.5);
        w.WriteStringField(7, "skip me");
        w.WriteFieldBegin(8, ThriftType.List);
        w.WriteListBegin(ThriftType.Struct, 2);
        for (var i = 0; i < 2; i++)
        {
            w.WriteStructBegin();
            w.WriteI32Field(1, i);
            w.WriteListField(2, ThriftType.Bool, [true, false], (x, b) => x.WriteBool(b));
            w.WriteStructEnd();
        }
        w.WriteFieldBegin(9, ThriftType.Set);
        w.WriteSetBegin(ThriftType.Double, 1);
        w.WriteDouble(1);
        w.WriteFieldBegin(10, ThriftType.Map);
        w.WriteMapBegin(ThriftType.Binary, ThriftType.List, 1);
        w.WriteString("k");
        w.WriteListBegin(ThriftType.I32, 2);
        w.WriteI32(1);
        w.WriteI32(2);
        // The writer has no UUID method: field 11 (delta 1, type 13) and its 16 raw bytes go in by hand.
        output.Write<byte>([0x1D, .. Enumerable.Range(1, 16).Select(i => (byte)i)]);
        w.WriteStringField(200, "last");
        w.WriteStructEnd();
        var bytes = output.WrittenSpan.ToArray();

        var reader = new CompactProtocolReader(bytes);
        reader.ReadStructBegin();
        ThriftField field;
        while ((field = reader.ReadFieldBegin()).Id != 200)
        {
            Assert.False(field.IsStop);
            reader.Skip(field.Type);
        }
        Assert.Equal("last", reader.ReadString());
        Assert.True(reader.ReadFieldBegin().IsStop);
        Assert.Equal(0, reader.Remaining);
    }

    [Fact]
    public void Skipping_a_whole_struct_consumes_exactly_its_bytes()
    {
        var inner = ThriftBytes.Write(w =>
        {
            w.WriteStructBegin();
            w.WriteI32Field(1, 5);
            w.WriteFieldBegin(2, ThriftType.Struct);
            w.WriteStructBegin();
            w.WriteStringField(20, "deep");
            w.WriteStructEnd();
            w.WriteStructEnd();
        });
        byte[] bytes = [.. inner, 0xAB];

        var reader = new CompactProtocolReader(bytes);
        reader.Skip(ThriftType.Struct);

        Assert.Equal(inner.Length, reader.Position);
    }
}
