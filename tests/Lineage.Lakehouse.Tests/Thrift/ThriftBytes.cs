using System.Buffers;
using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Tests.Thrift;

/// <summary>Writes with a <see cref="CompactProtocolWriter"/> and hands back the bytes.</summary>
public static class ThriftBytes
{
    public static byte[] Write(Action<CompactProtocolWriter> write)
    {
        var output = new ArrayBufferWriter<byte>();
        write(new CompactProtocolWriter(output));
        return output.WrittenSpan.ToArray();
    }
}
