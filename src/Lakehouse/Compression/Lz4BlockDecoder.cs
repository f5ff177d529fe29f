using System.Buffers;

namespace Lineage.Lakehouse.Compression;

/// <summary>
/// Decodes the LZ4 block format: sequences of a token (literal length high nibble, match length − 4 low nibble),
/// length extensions (bytes added while they are 255), literals, a 2-byte little-endian offset and the match;
/// the last sequence holds literals only. Every length and offset is checked against both buffers.
/// </summary>
internal static class Lz4BlockDecoder
{
    private const int MinMatch = 4;
    private const int NibbleMax = 15;

    public static OperationStatus Decode(ReadOnlySpan<byte> source, Span<byte> destination, out int written, out string? problem)
    {
        var ip = 0;
        var op = 0;
        problem = null;
        written = 0;
        if (source.IsEmpty)
            return OperationStatus.Done;
        while (true)
        {
            written = op;
            if (ip == source.Length)
                return OperationStatus.NeedMoreData;
            int token = source[ip++];

            long literalLength = token >> 4;
            if (literalLength == NibbleMax && !TryReadLengthExtension(source, ref ip, ref literalLength))
                return OperationStatus.NeedMoreData;
            if (literalLength > source.Length - ip)
                return OperationStatus.NeedMoreData;
            if (literalLength > destination.Length - op)
                return OperationStatus.DestinationTooSmall;
            source.Slice(ip, (int)literalLength).CopyTo(destination[op..]);
            ip += (int)literalLength;
            op += (int)literalLength;
            written = op;
            if (ip == source.Length)
                return OperationStatus.Done;

            if (source.Length - ip < 2)
                return OperationStatus.NeedMoreData;
            var offset = source[ip] | (source[ip + 1] << 8);
            ip += 2;
            if (offset == 0 || offset > op)
            {
                problem = $"a match at output byte {op} refers {offset} bytes back";
                return OperationStatus.InvalidData;
            }
            long matchLength = (token & NibbleMax) + MinMatch;
            if ((token & NibbleMax) == NibbleMax && !TryReadLengthExtension(source, ref ip, ref matchLength))
                return OperationStatus.NeedMoreData;
            if (matchLength > destination.Length - op)
                return OperationStatus.DestinationTooSmall;
            CopyMatch(destination, op, offset, (int)matchLength);
            op += (int)matchLength;
        }
    }

    private static bool TryReadLengthExtension(ReadOnlySpan<byte> source, ref int ip, ref long length)
    {
        byte next;
        do
        {
            if (ip == source.Length)
                return false;
            next = source[ip++];
            length += next;
        } while (next == 255);
        return true;
    }

    /// <summary>
    /// Copies a match that may overlap its own output (offset &lt; length repeats the last <c>offset</c> bytes):
    /// chunks grow by whole periods so that no chunk overlaps the bytes it reads.
    /// </summary>
    private static void CopyMatch(Span<byte> buffer, int op, int offset, int length)
    {
        var from = op - offset;
        var copied = 0;
        while (copied < length)
        {
            var chunk = Math.Min(length - copied, offset + copied);
            buffer.Slice(from, chunk).CopyTo(buffer[(op + copied)..]);
            copied += chunk;
        }
    }
}
