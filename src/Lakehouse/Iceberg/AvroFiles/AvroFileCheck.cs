using Avro;
using Avro.File;

namespace Lineage.Lakehouse.Iceberg.AvroFiles;

/// <summary>
/// Proves an Avro object container file safe for Apache.Avro's reader before it reads it: the library allocates a
/// block by the size it reads (up to 2 GB), header strings and values by their lengths, and resolves unknown codec
/// names by loading assemblies. Here every block size, count and sync marker is checked against the bytes there
/// are, each block is decompressed within <see cref="AvroFileLimits"/> and its values are walked by the schema.
/// </summary>
internal static class AvroFileCheck
{
    /// <returns>The file's header.</returns>
    /// <exception cref="InvalidDataException">The file is damaged, or holds something these limits refuse.</exception>
    public static AvroContainerHeader Validate(byte[] file)
    {
        AvroSetup.Ensure();
        var cursor = new AvroCursor(file);
        var header = AvroContainerHeader.Read(ref cursor);
        var codecName = header.GetString(DataFileConstants.MetaDataCodec) ?? DataFileConstants.NullCodec;
        var codec = AvroCodecs.Resolve(codecName) ?? throw new InvalidDataException($"the codec '{codecName}' is not supported (null, deflate and snappy are)");
        var schema = ParseSchema(header);
        long decompressed = 0;
        for (var block = 0; !cursor.AtEnd; block++)
        {
            try
            {
                var count = cursor.ReadLong();
                if (count <= 0)
                    throw cursor.Error($"it declares {count} values");
                var data = cursor.Take(cursor.ReadLength()).ToArray();
                if (!cursor.Take(Math.Min(header.Sync.Length, cursor.Remaining)).SequenceEqual(header.Sync))
                    throw cursor.Error("it does not end with the file's sync marker");
                var values = codec.Decompress(data, data.Length);
                decompressed += values.Length;
                if (decompressed > AvroFileLimits.MaxDecompressedBytes)
                    throw cursor.Error($"it takes the file beyond {AvroFileLimits.MaxDecompressedBytes} uncompressed bytes");
                AvroDatumCheck.Block(schema, values, count);
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"block {block}: {e.Message}", e);
            }
        }
        return header;
    }

    private static RecordSchema ParseSchema(AvroContainerHeader header)
    {
        var json = header.GetString(DataFileConstants.MetaDataSchema) ?? throw new InvalidDataException("the header has no avro.schema");
        Schema schema;
        try
        {
            schema = Schema.Parse(json);
        }
        // The parser reports bad schemas as its own exceptions, the JSON library's, or the framework's (number formats).
        catch (Exception e) when (e is AvroException or Newtonsoft.Json.JsonException or FormatException or OverflowException or ArgumentException)
        {
            throw new InvalidDataException($"the avro.schema is unreadable: {e.Message}", e);
        }
        return schema as RecordSchema ?? throw new InvalidDataException($"the schema is of type {schema.Tag}, not a record");
    }
}
