using System.Text;
using Avro.File;
using Avro.IO;

namespace Lineage.Lakehouse.Tests.Iceberg.Hostile;

/// <summary>Builds Avro container files byte by byte, including ones no writer would produce.</summary>
internal static class CraftedAvroFile
{
    public static readonly byte[] Sync = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray();

    public static byte[] Build(string schemaJson, string codec, params (long Count, byte[] Data)[] blocks) =>
        Build(new Dictionary<string, byte[]>
        {
            [DataFileConstants.MetaDataSchema] = Encoding.UTF8.GetBytes(schemaJson),
            [DataFileConstants.MetaDataCodec] = Encoding.UTF8.GetBytes(codec),
        }, blocks.Select(b => Block(b.Count, b.Data)).ToArray());

    public static byte[] Build(IReadOnlyDictionary<string, byte[]> metadata, params byte[][] blocks)
    {
        var output = new MemoryStream();
        var encoder = new BinaryEncoder(output);
        encoder.WriteFixed(DataFileConstants.Magic);
        encoder.WriteMapStart();
        encoder.SetItemCount(metadata.Count);
        foreach (var (key, value) in metadata)
        {
            encoder.WriteString(key);
            encoder.WriteBytes(value);
        }
        encoder.WriteMapEnd();
        encoder.WriteFixed(Sync);
        foreach (var block in blocks)
            output.Write(block);
        return output.ToArray();
    }

    /// <summary>A block as a writer frames it: count, byte size, data, sync marker.</summary>
    public static byte[] Block(long count, byte[] data) => [.. Longs(count, data.Length), .. data, .. Sync];

    /// <summary>Avro's zig-zag variable-length encoding of each value.</summary>
    public static byte[] Longs(params long[] values)
    {
        var output = new MemoryStream();
        var encoder = new BinaryEncoder(output);
        foreach (var value in values)
            encoder.WriteLong(value);
        return output.ToArray();
    }
}
