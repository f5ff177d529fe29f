using Avro.Generic;

namespace Lineage.Lakehouse.Iceberg.AvroFiles;

/// <summary>What an Avro object container file holds: its header and its records.</summary>
internal sealed record AvroFileContents(AvroContainerHeader Header, IReadOnlyList<GenericRecord> Records)
{
    public string? GetString(string key) => Header.GetString(key);
}
