using System.Globalization;
using Lineage.Lakehouse.Avro.Files;
using Lineage.Lakehouse.Avro.Schemas;
using Lineage.Lakehouse.Avro.Values;
using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>
/// Writes a v2 manifest list (<c>snap-…avro</c>): one <c>manifest_file</c> record per manifest of a snapshot, with
/// <c>snapshot-id</c>, <c>parent-snapshot-id</c>, <c>sequence-number</c> and <c>format-version</c> in the header.
/// </summary>
public sealed class ManifestListWriter : IDisposable
{
    private readonly AvroFileWriter _writer;
    private readonly AvroRecordSchema _schema = ManifestSchemas.ManifestFileAvro;
    private readonly AvroRecordSchema _summarySchema = AvroFieldValues.NestedRecord(ManifestSchemas.ManifestFileAvro.FindField("partitions")!.Type);

    /// <param name="output">Receives the manifest list; left open.</param>
    public ManifestListWriter(Stream output, long snapshotId, long? parentSnapshotId, long sequenceNumber, AvroCodec codec = AvroCodec.Deflate)
    {
        var metadata = AvroMetadata.FromStrings(new Dictionary<string, string>
        {
            ["snapshot-id"] = snapshotId.ToString(CultureInfo.InvariantCulture),
            ["parent-snapshot-id"] = parentSnapshotId?.ToString(CultureInfo.InvariantCulture) ?? "null",
            ["sequence-number"] = sequenceNumber.ToString(CultureInfo.InvariantCulture),
            ["format-version"] = "2",
            ["iceberg.schema"] = new IcebergSchema(0, ManifestSchemas.ManifestFileType.Fields).ToJson(),
        });
        _writer = new AvroFileWriter(output, _schema, new AvroFileWriterOptions { Codec = codec, Metadata = metadata, LeaveOpen = true });
    }

    public void Add(ManifestFile manifest)
    {
        var record = new AvroRecord(_schema);
        record["manifest_path"] = manifest.ManifestPath;
        record["manifest_length"] = manifest.ManifestLength;
        record["partition_spec_id"] = manifest.PartitionSpecId;
        record["content"] = (int)manifest.Content;
        record["sequence_number"] = manifest.SequenceNumber;
        record["min_sequence_number"] = manifest.MinSequenceNumber;
        record["added_snapshot_id"] = manifest.AddedSnapshotId;
        record["added_data_files_count"] = manifest.AddedFilesCount;
        record["existing_data_files_count"] = manifest.ExistingFilesCount;
        record["deleted_data_files_count"] = manifest.DeletedFilesCount;
        record["added_rows_count"] = manifest.AddedRowsCount;
        record["existing_rows_count"] = manifest.ExistingRowsCount;
        record["deleted_rows_count"] = manifest.DeletedRowsCount;
        record["partitions"] = manifest.Partitions?
            .Select(p => new AvroRecord(_summarySchema, p.ContainsNull, p.ContainsNan, p.LowerBound, p.UpperBound))
            .ToList();
        record["key_metadata"] = manifest.KeyMetadata;
        _writer.Append(record);
    }

    /// <summary>Ends the file.</summary>
    public void Dispose() => _writer.Dispose();
}
