using System.Text.Json.Nodes;
using Avro;

namespace Lineage.Lakehouse.Iceberg.AvroFiles;

/// <summary>
/// The Avro schema of an Iceberg Avro file's records: the JSON a file header carries, exactly as Iceberg writes it,
/// and Apache.Avro's parsed form of it that records are built and written with.
/// </summary>
internal sealed record IcebergAvroRecord(RecordSchema Schema, string Json)
{
    public static IcebergAvroRecord Parse(JsonObject json)
    {
        AvroSetup.Ensure();
        var text = json.ToJsonString();
        return new IcebergAvroRecord((RecordSchema)Avro.Schema.Parse(text), text);
    }
}
