using System.Globalization;
using Avro;
using Avro.File;
using Avro.Generic;
using Lineage.Lakehouse.Iceberg.AvroFiles;
using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>
/// Writes a v2 manifest list (<c>snap-…avro</c>): one <c>manifest_file</c> record per manifest of a snapshot, with
/// <c>snapshot-id</c>, <c>parent-snapshot-id</c>, <c>sequence-number</c> and <c>format-version</c> in the header.
/// The file is written to the output when the writer is disposed.
/// </summary>
internal sealed class ManifestListWriter : IDisposable
{
    private readonly Stream _output;
    private readonly AvroRecordFileWriter _writer;
    private readonly RecordSchema _schema = ManifestSchemas.ManifestFileAvro.Schema;
    private readonly RecordSchema _summarySchema = AvroFieldValues.NestedRecord(ManifestSchemas.ManifestFileAvro.Schema, "partitions");
    private bool _written;

    /// <param name="output">Receives the manifest list; left open.</param>
    public ManifestListWriter(Stream output, long snapshotId, long? parentSnapshotId, long sequenceNumber, Codec.Type codec = Codec.Type.Deflate)
    {
        _output = output;
        _writer = new AvroRecordFileWriter(ManifestSchemas.ManifestFileAvro, codec, new Dictionary<string, string>
        {
            ["snapshot-id"] = snapshotId.ToString(CultureInfo.InvariantCulture),
            ["parent-snapshot-id"] = parentSnapshotId?.ToString(CultureInfo.InvariantCulture) ?? "null",
            ["sequence-number"] = sequenceNumber.ToString(CultureInfo.InvariantCulture),
            ["format-version"] = "2",
            ["iceberg.schema"] = new IcebergSchema(0, ManifestSchemas.ManifestFileType.Fields).ToJson(),
        });
    }

    public void Add(ManifestFile manifest)
    {
        var record = new GenericRecord(_schema);
        record.Add("manifest_path", manifest.ManifestPath);
        record.Add("manifest_length", manifest.ManifestLength);
        record.Add("partition_spec_id", manifest.PartitionSpecId);
        record.Add("content", (int)manifest.Content);
        record.Add("sequence_number", manifest.SequenceNumber);
        record.Add("min_sequence_number", manifest.MinSequenceNumber);
        record.Add("added_snapshot_id", manifest.AddedSnapshotId);
        record.Add("added_data_files_count", manifest.AddedFilesCount);
        record.Add("existing_data_files_count", manifest.ExistingFilesCount);
        record.Add("deleted_data_files_count", manifest.DeletedFilesCount);
        record.Add("added_rows_count", manifest.AddedRowsCount);
        record.Add("existing_rows_count", manifest.ExistingRowsCount);
        record.Add("deleted_rows_count", manifest.DeletedRowsCount);
        record.Add("partitions", manifest.Partitions?
            .Select(p => AvroFieldValues.Record(_summarySchema, p.ContainsNull, p.ContainsNan, p.LowerBound, p.UpperBound))
            .ToArray());
        record.Add("key_metadata", manifest.KeyMetadata);
        _writer.Append(record);
    }

    /// <summary>Ends the file and writes it to the output.</summary>
    public void Dispose()
    {
        if (_written)
            return;
        _written = true;
        _output.Write(_writer.Finish());
    }
}
