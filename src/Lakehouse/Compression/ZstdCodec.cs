using System.Buffers;

namespace Lineage.Lakehouse.Compression;

/// <summary>RFC 8878 Zstandard frames, through the system libzstd.</summary>
internal sealed unsafe class ZstdCodec : IBlockCodec
{
    private const int Level = 3;

    public CompressionKind Kind => CompressionKind.Zstd;

    public void Compress(ReadOnlySpan<byte> source, IBufferWriter<byte> destination)
    {
        var bound = ZstdNative.CompressBound((nuint)source.Length);
        var span = destination.GetSpan(checked((int)bound));
        nuint written;
        fixed (byte* from = source)
        fixed (byte* to = span)
            written = ZstdNative.Compress(to, (nuint)span.Length, from, (nuint)source.Length, Level);
        if (ZstdNative.IsError(written) != 0)
            throw new InvalidOperationException($"ZSTD could not compress {source.Length} bytes: {ZstdNative.GetErrorName(written)}.");
        destination.Advance((int)written);
    }

    public void Decompress(ReadOnlySpan<byte> source, Span<byte> destination) =>
        BlockDecoding.Exactly(Kind, source, destination, Decode);

    public int DecompressUnknownLength(ReadOnlySpan<byte> source, IBufferWriter<byte> destination, int maxLength) =>
        BlockDecoding.Growing(Kind, source, destination, maxLength, FirstFrameContentSize(source), Decode);

    private static OperationStatus Decode(ReadOnlySpan<byte> source, Span<byte> destination, out int written, out string? problem)
    {
        nuint result;
        fixed (byte* from = source)
        fixed (byte* to = destination)
            result = ZstdNative.Decompress(to, (nuint)destination.Length, from, (nuint)source.Length);
        written = 0;
        problem = null;
        if (ZstdNative.IsError(result) == 0)
        {
            written = (int)result;
            return OperationStatus.Done;
        }
        if (ZstdNative.GetErrorCode(result) == ZstdNative.DestinationTooSmall)
            return OperationStatus.DestinationTooSmall;
        problem = ZstdNative.GetErrorName(result);
        return OperationStatus.InvalidData;
    }

    /// <summary>The size the first frame's header records (exact for the usual single frame), or -1.</summary>
    private static long FirstFrameContentSize(ReadOnlySpan<byte> source)
    {
        ulong size;
        fixed (byte* from = source)
            size = ZstdNative.GetFrameContentSize(from, (nuint)source.Length);
        return size is ZstdNative.ContentSizeUnknown or ZstdNative.ContentSizeError || size > long.MaxValue ? -1 : (long)size;
    }
}
