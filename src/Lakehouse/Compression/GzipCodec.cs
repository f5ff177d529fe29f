using System.Buffers.Binary;
using System.Buffers;
using System.IO.Compression;

namespace Lineage.Lakehouse.Compression;

/// <summary>
/// RFC 1952 gzip members (Parquet GZIP). Reading accepts several concatenated members, and zlib (RFC 1950)
/// framing, which some writers produce instead.
/// </summary>
internal sealed class GzipCodec : IBlockCodec
{
    // The framework writes nothing at all for empty input; readers expect a member: header, an empty final
    // deflate block, CRC-32 0 and length 0.
    private static readonly byte[] EmptyMember =
        [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];

    private const uint AdlerModulus = 65521;

    // The most bytes Adler-32's sums can take before they must be reduced to stay within 32 bits.
    private const int AdlerBlockLength = 5552;

    public CompressionKind Kind => CompressionKind.Gzip;

    public void Compress(ReadOnlySpan<byte> source, IBufferWriter<byte> destination)
    {
        if (source.IsEmpty)
        {
            destination.Write(EmptyMember);
            return;
        }
        using var compressing = new GZipStream(new BufferWriterStream(destination), CompressionLevel.Optimal);
        compressing.Write(source);
    }

    public void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var gzip = IsGzipHeader(source);
        StreamDecompression.ReadExactly(Kind, source, destination, OpenerFor(gzip, source, destination.Length));
        // The framework's inflater stops quietly at the end of truncated input: the trailer tells.
        if (!(gzip ? GzipTrailerMatches(source, destination) : ZlibTrailerMatches(source, destination)))
            throw new CorruptCompressedDataException(Kind, destination.Length, "its trailer does not match the output, so it is truncated");
    }

    /// <remarks>Without the expected output, truncation after the last complete deflate block goes unnoticed.</remarks>
    public int DecompressUnknownLength(ReadOnlySpan<byte> source, IBufferWriter<byte> destination, int maxLength) =>
        StreamDecompression.ReadToEnd(Kind, source, destination, maxLength, OpenerFor(IsGzipHeader(source), source, maxLength));

    private StreamDecompression.Opener OpenerFor(bool gzip, ReadOnlySpan<byte> source, int expectedLength)
    {
        if (gzip)
            return compressed => new GZipStream(compressed, CompressionMode.Decompress);
        if (IsZlibHeader(source))
            return compressed => new ZLibStream(compressed, CompressionMode.Decompress);
        throw new CorruptCompressedDataException(Kind, expectedLength, "it starts with neither a gzip nor a zlib header");
    }

    private static bool IsGzipHeader(ReadOnlySpan<byte> source) => source.Length >= 2 && source[0] == 0x1F && source[1] == 0x8B;

    // RFC 1950: method 8 (deflate), a window of at most 32 KiB, and a header check making CMF·256+FLG a multiple of 31.
    private static bool IsZlibHeader(ReadOnlySpan<byte> source) =>
        source.Length >= 2 && (source[0] & 0x0F) == 8 && source[0] >> 4 <= 7 && ((source[0] << 8) | source[1]) % 31 == 0;

    /// <summary>
    /// A member ends with the CRC-32 and length of its own output; the last member's describe the end of the output.
    /// A lone member was already checked by the inflater when it reached the trailer, so its length suffices.
    /// </summary>
    private static bool GzipTrailerMatches(ReadOnlySpan<byte> source, ReadOnlySpan<byte> output)
    {
        if (source.Length < 8)
            return false;
        var length = BinaryPrimitives.ReadUInt32LittleEndian(source[^4..]);
        if (length == (uint)output.Length)
            return true;
        return length < (uint)output.Length
            && Crc32.Compute(output[^(int)length..]) == BinaryPrimitives.ReadUInt32LittleEndian(source[^8..]);
    }

    private static bool ZlibTrailerMatches(ReadOnlySpan<byte> source, ReadOnlySpan<byte> output) =>
        source.Length >= 6 && BinaryPrimitives.ReadUInt32BigEndian(source[^4..]) == Adler32(output);

    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        while (!data.IsEmpty)
        {
            var block = data[..Math.Min(AdlerBlockLength, data.Length)];
            foreach (var value in block)
            {
                a += value;
                b += a;
            }
            a %= AdlerModulus;
            b %= AdlerModulus;
            data = data[block.Length..];
        }
        return (b << 16) | a;
    }
}
