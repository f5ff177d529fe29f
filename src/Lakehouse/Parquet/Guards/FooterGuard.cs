using System.Buffers.Binary;

namespace Lineage.Lakehouse.Parquet.Guards;

/// <summary>
/// Checks a file's frame before Parquet.Net reads it: both magics, a footer length that fits inside the file, and a
/// footer whose every claimed size fits in its bytes (Parquet.Net allocates footer lengths and list sizes as
/// claimed). Throws <see cref="ParquetFormatException"/> naming the file.
/// </summary>
internal static class FooterGuard
{
    private const int MagicLength = 4;
    private const int TrailerLength = 8;

    /// <returns>Where the footer starts.</returns>
    public static async Task<long> CheckAsync(Stream stream, string location, CancellationToken cancellationToken)
    {
        var length = stream.Length;
        if (length < MagicLength + TrailerLength)
            throw new ParquetFormatException(location, null, 0, $"the file has {length} bytes, too few for a Parquet file (PAR1 … PAR1)");
        var head = new byte[MagicLength];
        await ReadAsync(stream, 0, head, cancellationToken);
        var trailer = new byte[TrailerLength];
        await ReadAsync(stream, length - TrailerLength, trailer, cancellationToken);
        if (!head.AsSpan().SequenceEqual("PAR1"u8) || !trailer.AsSpan(4).SequenceEqual("PAR1"u8))
            throw new ParquetFormatException(location, null, 0, "the file does not start and end with the Parquet magic PAR1");
        var footerLength = BinaryPrimitives.ReadInt32LittleEndian(trailer);
        if (footerLength <= 0 || footerLength > length - MagicLength - TrailerLength)
            throw new ParquetFormatException(location, null, length - TrailerLength,
                $"the footer claims {footerLength} bytes, but the file has {length - MagicLength - TrailerLength} bytes between its magics");
        var footer = new byte[footerLength];
        var footerOffset = length - TrailerLength - footerLength;
        await ReadAsync(stream, footerOffset, footer, cancellationToken);
        try
        {
            ThriftGuard.CheckStruct(footer);
        }
        catch (FormatException e)
        {
            throw new ParquetFormatException(location, null, footerOffset, "the footer is corrupt: " + e.Message.TrimEnd('.'), e);
        }
        return footerOffset;
    }

    private static async Task ReadAsync(Stream stream, long offset, byte[] buffer, CancellationToken cancellationToken)
    {
        stream.Seek(offset, SeekOrigin.Begin);
        await stream.ReadExactlyAsync(buffer, cancellationToken);
    }
}
