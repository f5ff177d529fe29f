using System.IO.Compression;
using System.Runtime.InteropServices;
using Lineage.Lakehouse.Avro.Binary;
using Lineage.Lakehouse.Buffers;

namespace Lineage.Lakehouse.Avro.Codecs;

/// <summary>Raw deflate (RFC 1951). Decompression stops at the size deflate could at most reach from the input.</summary>
internal sealed class DeflateBlockCodec : AvroBlockCodec
{
    /// <summary>Deflate cannot expand a byte into more than about 1032 bytes.</summary>
    private const int MaxRatio = 1032;

    public static DeflateBlockCodec Instance { get; } = new();

    public override void Compress(ReadOnlySpan<byte> data, PooledBufferWriter output)
    {
        using var sink = new MemoryStream();
        using (var deflate = new DeflateStream(sink, CompressionLevel.Optimal, leaveOpen: true))
            deflate.Write(data);
        var compressed = sink.GetBuffer().AsSpan(0, (int)sink.Length);
        compressed.CopyTo(output.GetSpan(compressed.Length));
        output.Advance(compressed.Length);
    }

    public override ReadOnlyMemory<byte> Decompress(ReadOnlyMemory<byte> compressed, PooledBufferWriter scratch, long blockOffset, string block)
    {
        var limit = (int)Math.Min(MaxDecompressedSize, (long)compressed.Length * MaxRatio + 64);
        scratch.Truncate(0);
        try
        {
            using var source = MemoryMarshal.TryGetArray(compressed, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(compressed.ToArray(), writable: false);
            using var inflate = new DeflateStream(source, CompressionMode.Decompress);
            while (true)
            {
                var span = scratch.GetSpan(Math.Min(64 * 1024, limit - scratch.WrittenCount + 1));
                var read = inflate.Read(span);
                if (read == 0)
                    break;
                scratch.Advance(read);
                if (scratch.WrittenCount > limit)
                    throw new AvroFormatException($"the deflate data of {block} expands beyond {limit} bytes", blockOffset);
            }
        }
        catch (InvalidDataException e)
        {
            throw new AvroFormatException($"the deflate data of {block} is corrupt: {e.Message}", blockOffset, e);
        }
        return scratch.WrittenMemory;
    }
}
