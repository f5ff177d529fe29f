using Avro.Generic;
using Lineage.Lakehouse.Iceberg.AvroFiles;

namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>Reads a manifest list of any version; v1 lists (no content or sequence numbers) read as data manifests with sequence number 0.</summary>
internal static class ManifestListReader
{
    /// <exception cref="IcebergFormatException">The stream does not hold a valid manifest list.</exception>
    public static IReadOnlyList<ManifestFile> Read(Stream input, string name = "manifest list") => Read(AvroRecordFile.ReadBytes(input, name), name);

    /// <exception cref="IcebergFormatException">The file is not a valid manifest list.</exception>
    public static IReadOnlyList<ManifestFile> Read(byte[] file, string name) =>
        AvroRecordFile.Read(file, name).Records.Select((record, i) => Read(record, $"{name}, entry {i}")).ToList();

    private static ManifestFile Read(GenericRecord record, string where)
    {
        var content = AvroFieldValues.Int(record, 517, $"{where}: content") ?? 0;
        return new ManifestFile
        {
            ManifestPath = AvroFieldValues.RequiredString(record, 500, $"{where}: manifest_path"),
            ManifestLength = AvroFieldValues.RequiredLong(record, 501, $"{where}: manifest_length"),
            PartitionSpecId = AvroFieldValues.Int(record, 502, $"{where}: partition_spec_id") ?? throw new IcebergFormatException($"{where} has no partition_spec_id"),
            Content = content is 0 or 1 ? (ManifestContent)content : throw new IcebergFormatException($"{where} has content {content}; expected 0 or 1"),
            SequenceNumber = AvroFieldValues.Long(record, 515, $"{where}: sequence_number") ?? 0,
            MinSequenceNumber = AvroFieldValues.Long(record, 516, $"{where}: min_sequence_number") ?? 0,
            AddedSnapshotId = AvroFieldValues.RequiredLong(record, 503, $"{where}: added_snapshot_id"),
            AddedFilesCount = AvroFieldValues.Int(record, 504, $"{where}: added files count") ?? 0,
            ExistingFilesCount = AvroFieldValues.Int(record, 505, $"{where}: existing files count") ?? 0,
            DeletedFilesCount = AvroFieldValues.Int(record, 506, $"{where}: deleted files count") ?? 0,
            AddedRowsCount = AvroFieldValues.Long(record, 512, $"{where}: added_rows_count") ?? 0,
            ExistingRowsCount = AvroFieldValues.Long(record, 513, $"{where}: existing_rows_count") ?? 0,
            DeletedRowsCount = AvroFieldValues.Long(record, 514, $"{where}: deleted_rows_count") ?? 0,
            Partitions = AvroFieldValues.List(record, 507, $"{where}: partitions", item => item is GenericRecord summary
                ? new PartitionFieldSummary(
                    AvroFieldValues.Get(summary, 509) as bool? ?? false,
                    AvroFieldValues.Get(summary, 518) as bool?,
                    AvroFieldValues.Bytes(summary, 510, $"{where}: lower_bound"),
                    AvroFieldValues.Bytes(summary, 511, $"{where}: upper_bound"))
                : throw new IcebergFormatException($"{where}: a partition summary is not a record")),
            KeyMetadata = AvroFieldValues.Bytes(record, 519, $"{where}: key_metadata"),
        };
    }
}
