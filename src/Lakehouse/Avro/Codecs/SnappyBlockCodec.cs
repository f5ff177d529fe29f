using System.Buffers.Binary;
using Lineage.Lakehouse.Avro.Binary;
using Lineage.Lakehouse.Buffers;
using Lineage.Lakehouse.Compression;

namespace Lineage.Lakehouse.Avro.Codecs;

/// <summary>A snappy block followed by the 4-byte big-endian CRC-32 of the uncompressed data.</summary>
internal sealed class SnappyBlockCodec : AvroBlockCodec
{
    /// <summary>A snappy copy element expands 3 bytes into at most 64.</summary>
    private const int MaxRatio = 22;

    public static SnappyBlockCodec Instance { get; } = new();

    public override void Compress(ReadOnlySpan<byte> data, PooledBufferWriter output)
    {
        var compressed = IronSnappy.Snappy.Encode(data);
        compressed.CopyTo(output.GetSpan(compressed.Length + 4));
        output.Advance(compressed.Length);
        BinaryPrimitives.WriteUInt32BigEndian(output.GetSpan(4), Crc32.Compute(data));
        output.Advance(4);
    }

    public override ReadOnlyMemory<byte> Decompress(ReadOnlyMemory<byte> compressed, PooledBufferWriter scratch, long blockOffset, string block)
    {
        if (compressed.Length < 4)
            throw new AvroFormatException($"the snappy data of {block} is shorter than its 4-byte checksum", blockOffset);
        var body = compressed[..^4];
        var declared = DeclaredLength(body.Span);
        var limit = Math.Min(MaxDecompressedSize, (long)body.Length * MaxRatio + 64);
        if (declared < 0 || declared > limit)
            throw new AvroFormatException($"the snappy data of {block} declares an impossible length", blockOffset);
        byte[] data;
        try
        {
            data = IronSnappy.Snappy.Decode(body.Span);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new AvroFormatException($"the snappy data of {block} is corrupt: {e.Message}", blockOffset, e);
        }
        var expected = BinaryPrimitives.ReadUInt32BigEndian(compressed.Span[^4..]);
        if (data.Length != declared || Crc32.Compute(data) != expected)
            throw new AvroFormatException($"the CRC-32 of {block} does not match its data", blockOffset);
        return data;
    }

    /// <summary>The uncompressed length a snappy block starts with (a little-endian base-128 varint), or -1.</summary>
    private static long DeclaredLength(ReadOnlySpan<byte> body)
    {
        long length = 0;
        for (var i = 0; i < 5 && i < body.Length; i++)
        {
            length |= (long)(body[i] & 0x7F) << (7 * i);
            if (body[i] < 0x80)
                return length;
        }
        return -1;
    }
}
