using System.Buffers.Binary;
using System.IO.Hashing;
using Avro.File;
using Snappier;

namespace Lineage.Lakehouse.Iceberg.AvroFiles;

/// <summary>
/// Avro's <c>snappy</c> codec: a raw snappy block followed by the 4-byte big-endian CRC-32 of the uncompressed data,
/// checked on read. A block's declared length is checked before anything is allocated for it.
/// </summary>
internal sealed class AvroSnappyCodec : Codec
{
    /// <summary>The most a snappy element expands: a 3-byte copy of 64 bytes.</summary>
    private const int MaxExpansion = 22;

    private const int ChecksumLength = 4;

    public override byte[] Compress(byte[] uncompressedData) => Compress(uncompressedData.AsSpan());

    public override void Compress(MemoryStream inputStream, MemoryStream outputStream)
    {
        outputStream.SetLength(0);
        outputStream.Write(Compress(inputStream.GetBuffer().AsSpan(0, (int)inputStream.Length)));
    }

    public override byte[] Decompress(byte[] compressedData, int length)
    {
        if (length < ChecksumLength)
            throw new InvalidDataException("a snappy block is shorter than its 4-byte CRC-32");
        var body = compressedData.AsSpan(0, length - ChecksumLength);
        var data = new byte[DeclaredLength(body)];
        try
        {
            if (Snappy.Decompress(body, data) != data.Length)
                throw new InvalidDataException("a snappy block holds less data than its header declares");
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"a snappy block is corrupt: {e.Message}", e);
        }
        if (Crc32.HashToUInt32(data) != BinaryPrimitives.ReadUInt32BigEndian(compressedData.AsSpan(length - ChecksumLength, ChecksumLength)))
            throw new InvalidDataException("the CRC-32 of a snappy block does not match its data");
        return data;
    }

    public override string GetName() => DataFileConstants.SnappyCodec;

    public override bool Equals(object other) => other is AvroSnappyCodec;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(DataFileConstants.SnappyCodec);

    private static byte[] Compress(ReadOnlySpan<byte> data)
    {
        var output = new byte[Snappy.GetMaxCompressedLength(data.Length) + ChecksumLength];
        var written = Snappy.Compress(data, output);
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(written), Crc32.HashToUInt32(data));
        return output[..(written + ChecksumLength)];
    }

    private static int DeclaredLength(ReadOnlySpan<byte> body)
    {
        int declared;
        try
        {
            declared = Snappy.GetUncompressedLength(body);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"a snappy block has a corrupt length header: {e.Message}", e);
        }
        if (declared < 0 || declared > AvroFileLimits.MaxBlockBytes || declared > (long)body.Length * MaxExpansion)
            throw new InvalidDataException($"a snappy block of {body.Length} bytes declares {declared} bytes of data");
        return declared;
    }
}
