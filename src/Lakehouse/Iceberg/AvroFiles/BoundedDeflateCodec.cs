using System.IO.Compression;
using Avro.File;

namespace Lineage.Lakehouse.Iceberg.AvroFiles;

/// <summary>
/// Apache.Avro's deflate codec, except that decompression stops with an <see cref="InvalidDataException"/> past
/// <see cref="AvroFileLimits.MaxBlockBytes"/>: the library's inflates whatever a damaged block expands to.
/// </summary>
internal sealed class BoundedDeflateCodec : DeflateCodec
{
    public override byte[] Decompress(byte[] compressedData, int length)
    {
        using var inflating = new DeflateStream(new MemoryStream(compressedData, 0, length, writable: false), CompressionMode.Decompress);
        using var output = new MemoryStream();
        var chunk = new byte[16 << 10];
        int read;
        while ((read = inflating.Read(chunk)) > 0)
        {
            if (output.Length + read > AvroFileLimits.MaxBlockBytes)
                throw new InvalidDataException($"a deflate block expands beyond {AvroFileLimits.MaxBlockBytes} bytes");
            output.Write(chunk, 0, read);
        }
        return output.ToArray();
    }
}
