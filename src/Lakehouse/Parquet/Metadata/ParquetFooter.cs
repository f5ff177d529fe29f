using System.Buffers.Binary;
using System.Buffers;
using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>
/// The end of a Parquet file: the Thrift-encoded <see cref="FileMetaData"/>, its length (4 bytes, little-endian)
/// and the magic "PAR1". The file also starts with "PAR1".
/// </summary>
public static class ParquetFooter
{
    /// <summary>The footer length and the magic.</summary>
    public const int TrailerLength = 8;

    public static ReadOnlySpan<byte> Magic => "PAR1"u8;

    private static ReadOnlySpan<byte> EncryptedMagic => "PARE"u8;

    /// <summary>Finds the metadata from the last <see cref="TrailerLength"/> bytes of a file.</summary>
    /// <exception cref="ParquetFooterException">The bytes are no Parquet trailer, or the length cannot fit the file.</exception>
    public static FooterLocation Locate(ReadOnlySpan<byte> trailer, long fileLength)
    {
        if (trailer.Length != TrailerLength || fileLength < Magic.Length + TrailerLength)
            throw new ParquetFooterException($"A file of {fileLength} bytes is too short to be a Parquet file.");
        var magic = trailer[4..];
        if (magic.SequenceEqual(EncryptedMagic))
            throw new ParquetFooterException("The Parquet file has an encrypted footer, which Lineage cannot read.");
        if (!magic.SequenceEqual(Magic))
            throw new ParquetFooterException("The file does not end with the Parquet magic 'PAR1': it is not a Parquet file or is truncated.");
        var length = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        var room = fileLength - Magic.Length - TrailerLength;
        if (length == 0 || length > room)
            throw new ParquetFooterException(
                $"The Parquet footer claims {length} bytes but the file has room for {room}: the file is damaged.");
        return new FooterLocation(fileLength - TrailerLength - length, (int)length);
    }

    /// <summary>Decodes the metadata; bytes after its end are ignored.</summary>
    /// <param name="footerBytes">The Thrift-encoded metadata, as located by <see cref="Locate"/>.</param>
    /// <param name="footerOffsetInFile">Where <paramref name="footerBytes"/> starts in the file, for error messages.</param>
    /// <exception cref="ThriftFormatException">The metadata is truncated, malformed or lacks a required field.</exception>
    public static FileMetaData Parse(ReadOnlyMemory<byte> footerBytes, long footerOffsetInFile) =>
        FileMetaData.Read(new CompactProtocolReader(footerBytes, footerOffsetInFile));

    /// <summary>Writes the metadata, its length and the magic: everything after the last column chunk.</summary>
    public static void Write(FileMetaData metadata, IBufferWriter<byte> output)
    {
        var encoded = new ArrayBufferWriter<byte>();
        metadata.Write(new CompactProtocolWriter(encoded));
        output.Write(encoded.WrittenSpan);
        Span<byte> trailer = stackalloc byte[TrailerLength];
        BinaryPrimitives.WriteInt32LittleEndian(trailer, encoded.WrittenCount);
        Magic.CopyTo(trailer[4..]);
        output.Write(trailer);
    }
}
