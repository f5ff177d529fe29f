using System.Buffers;
using System.IO.Compression;

namespace Lineage.Lakehouse.Compression;

/// <summary>RFC 7932 Brotli streams, through the BCL's encoder and decoder.</summary>
internal sealed class BrotliCodec : IBlockCodec
{
    // Quality 4 with a 4 MiB window: what the BCL calls "optimal", a balance of speed and ratio.
    private const int Quality = 4;
    private const int WindowBits = 22;
    private const int ChunkLength = 64 * 1024;

    public CompressionKind Kind => CompressionKind.Brotli;

    public void Compress(ReadOnlySpan<byte> source, IBufferWriter<byte> destination)
    {
        var bound = BrotliEncoder.GetMaxCompressedLength(source.Length);
        var span = destination.GetSpan(bound);
        if (!BrotliEncoder.TryCompress(source, span, out var written, Quality, WindowBits))
            throw new InvalidOperationException($"Brotli could not compress {source.Length} bytes into its own bound of {bound}.");
        destination.Advance(written);
    }

    public void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        using var decoder = new BrotliDecoder();
        var status = decoder.Decompress(source, destination, out var consumed, out var written);
        if (status == OperationStatus.DestinationTooSmall && written == destination.Length)
        {
            // A full buffer stops the decoder before it reads the end of the stream; one more byte of room tells
            // whether anything is left.
            Span<byte> probe = stackalloc byte[1];
            status = decoder.Decompress(source[consumed..], probe, out var consumedAfter, out var writtenAfter);
            if (writtenAfter > 0)
                throw CorruptCompressedDataException.TooLong(Kind, destination.Length);
            consumed += consumedAfter;
        }
        switch (status)
        {
            case OperationStatus.Done when written != destination.Length:
                throw CorruptCompressedDataException.SizeMismatch(Kind, destination.Length, written);
            case OperationStatus.Done when consumed != source.Length:
                throw new CorruptCompressedDataException(Kind, destination.Length, "bytes follow the end of the stream");
            case OperationStatus.Done:
                return;
            case OperationStatus.DestinationTooSmall:
                throw CorruptCompressedDataException.TooLong(Kind, destination.Length);
            case OperationStatus.NeedMoreData:
                throw new CorruptCompressedDataException(Kind, destination.Length, written, "the stream is truncated");
            default:
                throw new CorruptCompressedDataException(Kind, destination.Length, "the stream is invalid");
        }
    }

    public int DecompressUnknownLength(ReadOnlySpan<byte> source, IBufferWriter<byte> destination, int maxLength)
    {
        using var decoder = new BrotliDecoder();
        var total = 0;
        while (true)
        {
            // One byte past the limit tells "exactly maxLength" from "too long".
            var wanted = (int)Math.Min(ChunkLength, (long)maxLength - total + 1);
            var span = destination.GetSpan(wanted)[..wanted];
            var status = decoder.Decompress(source, span, out var consumed, out var written);
            if ((long)total + written > maxLength)
                throw CorruptCompressedDataException.TooLong(Kind, maxLength);
            destination.Advance(written);
            total += written;
            source = source[consumed..];
            switch (status)
            {
                case OperationStatus.Done when !source.IsEmpty:
                    throw new CorruptCompressedDataException(Kind, maxLength, "bytes follow the end of the stream");
                case OperationStatus.Done:
                    return total;
                case OperationStatus.DestinationTooSmall:
                    continue;
                case OperationStatus.NeedMoreData:
                    throw new CorruptCompressedDataException(Kind, maxLength, total, "the stream is truncated");
                default:
                    throw new CorruptCompressedDataException(Kind, maxLength, "the stream is invalid");
            }
        }
    }
}
