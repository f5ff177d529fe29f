using System.Globalization;
using Lineage.Lakehouse.Iceberg.AvroFiles;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>
/// Reads a manifest written by any Iceberg writer (v1 or v2; null, deflate or snappy blocks). Fields are matched by
/// field id. With the manifest's listing, ADDED entries inherit the listing's snapshot id and sequence number; v1
/// manifests have sequence number 0.
/// </summary>
internal static class ManifestReader
{
    /// <param name="listing">The manifest's entry in the manifest list, for inheritance; null to keep entries as stored.</param>
    /// <exception cref="IcebergFormatException">The stream does not hold a valid manifest.</exception>
    public static ManifestContents Read(Stream input, ManifestFile? listing = null, string? name = null)
    {
        var where = name ?? listing?.ManifestPath ?? "manifest";
        return Read(AvroRecordFile.ReadBytes(input, where), listing, where);
    }

    /// <exception cref="IcebergFormatException">The file is not a valid manifest.</exception>
    public static ManifestContents Read(byte[] file, ManifestFile? listing, string where)
    {
        var contents = AvroRecordFile.Read(file, where);
        var version = int.TryParse(contents.GetString("format-version"), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 1;
        var content = contents.GetString("content") == "deletes" ? ManifestContent.Deletes : ManifestContent.Data;
        var (schema, spec, partitionType) = ReadHeader(contents, where);
        var entries = contents.Records
            .Select((record, index) => Inherit(ManifestEntryRecords.FromAvro(record, partitionType, $"{where}, entry {index}"), listing, version))
            .ToList();
        return new ManifestContents(schema, spec, version, content, entries);
    }

    private static (IcebergSchema? Schema, PartitionSpec? Spec, StructType? PartitionType) ReadHeader(AvroFileContents contents, string where)
    {
        try
        {
            var schema = contents.GetString("schema") is { } schemaJson ? IcebergSchema.FromJson(schemaJson) : null;
            var spec = ReadSpec(contents, where);
            return (schema, spec, PartitionTypeOf(schema, spec));
        }
        catch (IcebergFormatException e)
        {
            throw new IcebergFormatException($"the header of {where}: {e.Message}", e);
        }
    }

    private static PartitionSpec? ReadSpec(AvroFileContents metadata, string where)
    {
        if (metadata.GetString("partition-spec") is not { } specJson)
            return null;
        var specId = int.TryParse(metadata.GetString("partition-spec-id"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id : 0;
        return JsonText.Parse(specJson, $"partition spec of {where}", element =>
            element.ValueKind == System.Text.Json.JsonValueKind.Array
                ? new PartitionSpec(specId, PartitionSpecJson.ReadFields(element, specId, PartitionSpec.FirstFieldId))
                : PartitionSpecJson.Read(element, PartitionSpec.FirstFieldId));
    }

    /// <summary>
    /// The partition type from the header's schema and spec; null (values kept as Avro read them) when either is
    /// missing or the spec reads a column the schema no longer has.
    /// </summary>
    private static StructType? PartitionTypeOf(IcebergSchema? schema, PartitionSpec? spec)
    {
        if (schema is null || spec is null || spec.Fields.Any(f => schema.FindField(f.SourceId) is null))
            return null;
        return spec.PartitionType(schema);
    }

    private static ManifestEntry Inherit(ManifestEntry entry, ManifestFile? listing, int version)
    {
        if (version < 2)
            return entry with { SequenceNumber = entry.SequenceNumber ?? 0, FileSequenceNumber = entry.FileSequenceNumber ?? 0 };
        if (listing is null || entry.Status != ManifestEntryStatus.Added)
            return entry;
        return entry with
        {
            SnapshotId = entry.SnapshotId ?? listing.AddedSnapshotId,
            SequenceNumber = entry.SequenceNumber ?? listing.SequenceNumber,
            FileSequenceNumber = entry.FileSequenceNumber ?? listing.SequenceNumber,
        };
    }
}
