using System.Text;
using Avro.File;
using Avro.IO;

namespace Lineage.Lakehouse.Iceberg.AvroFiles;

/// <summary>The header of an Avro object container file: the magic, the key/value metadata and the 16-byte sync marker.</summary>
internal sealed record AvroContainerHeader(IReadOnlyList<KeyValuePair<string, byte[]>> Metadata, byte[] Sync, int Length)
{
    private const int SyncLength = 16;

    public string? GetString(string key) =>
        Metadata.FirstOrDefault(entry => entry.Key == key).Value is { } value ? Encoding.UTF8.GetString(value) : null;

    /// <exception cref="InvalidDataException">The bytes do not start with a complete, sound header.</exception>
    public static AvroContainerHeader Read(ref AvroCursor cursor)
    {
        if (!cursor.Take(Math.Min(DataFileConstants.Magic.Length, cursor.Remaining)).SequenceEqual(DataFileConstants.Magic))
            throw cursor.Error("the file does not start with the Avro magic 'Obj\\x01'");
        var metadata = new List<KeyValuePair<string, byte[]>>();
        for (var count = cursor.ReadBlockCount(); count != 0; count = cursor.ReadBlockCount())
        {
            for (var i = 0; i < count; i++)
            {
                var key = Encoding.UTF8.GetString(cursor.Take(cursor.ReadLength()));
                if (metadata.Any(entry => entry.Key == key))
                    throw cursor.Error($"the header has the metadata key '{key}' twice");
                metadata.Add(KeyValuePair.Create(key, cursor.Take(cursor.ReadLength()).ToArray()));
            }
        }
        var sync = cursor.Take(SyncLength).ToArray();
        return new AvroContainerHeader(metadata, sync, cursor.Position);
    }

    /// <summary>
    /// The file with its <c>avro.schema</c> replaced by <paramref name="schemaJson"/>. Apache.Avro writes the schema
    /// as it re-serializes it, which drops <c>"logicalType": "map"</c> from Iceberg's arrays of key/value records
    /// and nests the fixed under a decimal or uuid (<c>{"type": {"type": "fixed", …}, "logicalType": …}</c>, which
    /// Java's Avro parser refuses); Iceberg readers need the schema exactly as Iceberg writes it.
    /// </summary>
    public static byte[] ReplaceSchema(byte[] file, string schemaJson)
    {
        var cursor = new AvroCursor(file);
        var header = Read(ref cursor);
        using var output = new MemoryStream(file.Length + schemaJson.Length);
        var encoder = new BinaryEncoder(output);
        encoder.WriteFixed(DataFileConstants.Magic);
        encoder.WriteMapStart();
        encoder.SetItemCount(header.Metadata.Count);
        foreach (var (key, value) in header.Metadata)
        {
            encoder.StartItem();
            encoder.WriteString(key);
            encoder.WriteBytes(key == DataFileConstants.MetaDataSchema ? Encoding.UTF8.GetBytes(schemaJson) : value);
        }
        encoder.WriteMapEnd();
        encoder.WriteFixed(header.Sync);
        encoder.Flush();
        output.Write(file.AsSpan(header.Length));
        return output.ToArray();
    }
}
