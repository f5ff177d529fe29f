using System.Buffers;

namespace Lineage.Lakehouse.Compression;

/// <summary>Turns a <see cref="BlockDecoder"/> into the two decompression modes of <see cref="IBlockCodec"/>.</summary>
internal static class BlockDecoding
{
    private const int FirstGuessLength = 64 * 1024;

    public static void Exactly(CompressionKind codec, ReadOnlySpan<byte> source, Span<byte> destination, BlockDecoder decode)
    {
        var status = decode(source, destination, out var written, out var problem);
        switch (status)
        {
            case OperationStatus.Done when written == destination.Length:
                return;
            case OperationStatus.Done:
                throw CorruptCompressedDataException.SizeMismatch(codec, destination.Length, written);
            case OperationStatus.DestinationTooSmall:
                throw CorruptCompressedDataException.TooLong(codec, destination.Length);
            default:
                throw new CorruptCompressedDataException(codec, destination.Length, Describe(status, problem));
        }
    }

    /// <summary>Decodes into ever larger buffers, doubling from a guess, until the block fits or exceeds the limit.</summary>
    public static int Growing(CompressionKind codec, ReadOnlySpan<byte> source, IBufferWriter<byte> destination, int maxLength,
        long expectedLength, BlockDecoder decode)
    {
        if (expectedLength > maxLength)
            throw CorruptCompressedDataException.TooLong(codec, maxLength);
        var capacity = (int)(expectedLength >= 0
            ? expectedLength
            : Math.Min(maxLength, Math.Max(FirstGuessLength, 4L * source.Length)));
        while (true)
        {
            var span = destination.GetSpan(capacity)[..capacity];
            var status = decode(source, span, out var written, out var problem);
            switch (status)
            {
                case OperationStatus.Done:
                    destination.Advance(written);
                    return written;
                case OperationStatus.DestinationTooSmall when capacity == maxLength:
                    throw CorruptCompressedDataException.TooLong(codec, maxLength);
                case OperationStatus.DestinationTooSmall:
                    capacity = (int)Math.Min(maxLength, Math.Max(FirstGuessLength, 2L * capacity));
                    break;
                default:
                    throw new CorruptCompressedDataException(codec, maxLength, Describe(status, problem));
            }
        }
    }

    private static string Describe(OperationStatus status, string? problem) =>
        problem ?? (status == OperationStatus.NeedMoreData ? "the block is truncated" : "the block is invalid");
}
