using System.Buffers;

namespace Lineage.Lakehouse.Compression;

/// <summary>Drains a BCL decompressing stream with the size checks every <see cref="IBlockCodec"/> promises.</summary>
internal static class StreamDecompression
{
    private const int ChunkLength = 64 * 1024;

    // Pinning an empty span yields a null pointer, which UnmanagedMemoryStream refuses.
    private static readonly byte[] EmptyPlaceholder = new byte[1];

    /// <summary>Opens the decompressing stream over the (pinned) compressed bytes.</summary>
    public delegate Stream Opener(Stream compressed);

    public static unsafe void ReadExactly(CompressionKind codec, ReadOnlySpan<byte> source, Span<byte> destination, Opener open)
    {
        fixed (byte* start = source.IsEmpty ? EmptyPlaceholder : source)
        {
            using var compressed = new UnmanagedMemoryStream(start, source.Length);
            try
            {
                using var decompressing = open(compressed);
                var filled = 0;
                while (filled < destination.Length)
                {
                    var read = decompressing.Read(destination[filled..]);
                    if (read == 0)
                        throw CorruptCompressedDataException.SizeMismatch(codec, destination.Length, filled);
                    filled += read;
                }
                Span<byte> probe = stackalloc byte[1];
                if (decompressing.Read(probe) != 0)
                    throw CorruptCompressedDataException.TooLong(codec, destination.Length);
            }
            catch (InvalidDataException e)
            {
                throw new CorruptCompressedDataException(codec, destination.Length, e.Message.TrimEnd('.'));
            }
        }
    }

    public static unsafe int ReadToEnd(CompressionKind codec, ReadOnlySpan<byte> source, IBufferWriter<byte> destination,
        int maxLength, Opener open)
    {
        fixed (byte* start = source.IsEmpty ? EmptyPlaceholder : source)
        {
            using var compressed = new UnmanagedMemoryStream(start, source.Length);
            try
            {
                using var decompressing = open(compressed);
                var total = 0;
                while (true)
                {
                    // One byte past the limit tells "exactly maxLength" from "too long".
                    var wanted = (int)Math.Min(ChunkLength, (long)maxLength - total + 1);
                    var span = destination.GetSpan(wanted)[..wanted];
                    var read = decompressing.Read(span);
                    if (read == 0)
                        return total;
                    if ((long)total + read > maxLength)
                        throw CorruptCompressedDataException.TooLong(codec, maxLength);
                    destination.Advance(read);
                    total += read;
                }
            }
            catch (InvalidDataException e)
            {
                throw new CorruptCompressedDataException(codec, maxLength, e.Message.TrimEnd('.'));
            }
        }
    }
}
