using Lineage.Lakehouse.Avro.Binary;
using Lineage.Lakehouse.Buffers;

namespace Lineage.Lakehouse.Avro.Codecs;

internal sealed class NullBlockCodec : AvroBlockCodec
{
    public static NullBlockCodec Instance { get; } = new();

    public override void Compress(ReadOnlySpan<byte> data, PooledBufferWriter output)
    {
        data.CopyTo(output.GetSpan(data.Length));
        output.Advance(data.Length);
    }

    public override ReadOnlyMemory<byte> Decompress(ReadOnlyMemory<byte> compressed, PooledBufferWriter scratch, long blockOffset, string block) =>
        compressed;
}
