using System.Text.Json;
using System.Text.Unicode;

namespace Lineage.Materializers.Raw;

/// <summary>
/// Reads one raw VQE file (see TABLES.md "Raw record") straight from its UTF-8 bytes into a <see cref="VqeDecoratedResult"/>.
/// Absent or null optional members are null; unknown members are skipped whole; anything else wrong
/// (missing required member, wrong type, non-integral or out-of-range int, invalid UTF-8, broken or truncated JSON,
/// content after the top-level object) rejects the file with the JSON path reached and the problem.
/// </summary>
public static class VqeRecordReader
{
    public static VqeDecodeResult Read(ReadOnlySpan<byte> json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var parser = new VqeRecordParser();
        try
        {
            var record = parser.Parse(json);
            // Strings the record keeps are checked as they are decoded; this catches invalid UTF-8 in skipped members and names.
            if (!Utf8.IsValid(json))
                return VqeDecodeResult.Failure(new RawRecordError(fileName, "$", $"invalid UTF-8 at byte {FirstInvalidUtf8(json)}"));
            return VqeDecodeResult.Success(record);
        }
        catch (RawRecordFormatException e)
        {
            return VqeDecodeResult.Failure(new RawRecordError(fileName, parser.Path.ToString(), e.Problem));
        }
        catch (JsonException e)
        {
            return VqeDecodeResult.Failure(new RawRecordError(fileName, parser.Path.ToString(),
                $"not valid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1} of the line"));
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> json)
    {
        var chars = new char[json.Length];
        Utf8.ToUtf16(json, chars, out var bytesRead, out _, replaceInvalidSequences: false);
        return bytesRead;
    }

    public static VqeDecodeResult Read(ReadOnlyMemory<byte> json, string fileName) => Read(json.Span, fileName);

    /// <summary>Buffers the whole stream once (raw files are at most a few hundred KB) and reads it.</summary>
    public static async Task<VqeDecodeResult> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = stream.CanSeek ? new MemoryStream(checked((int)Math.Max(0, stream.Length - stream.Position))) : new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return Read(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), fileName);
    }
}
