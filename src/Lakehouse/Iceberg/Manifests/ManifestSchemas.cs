using Lineage.Lakehouse.Iceberg.AvroFiles;
using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>
/// The v2 schemas of manifests and manifest lists, with the spec's field ids, as Iceberg structs and as the Avro
/// schemas written in file headers (root records <c>manifest_entry</c> and <c>manifest_file</c>; nested records
/// <c>r2</c>, <c>r102</c>, <c>r508</c>).
/// </summary>
internal static class ManifestSchemas
{
    public const string ManifestEntryRecordName = "manifest_entry";
    public const string ManifestFileRecordName = "manifest_file";

    /// <summary>The <c>data_file</c> struct (field 2) for a partition type.</summary>
    public static StructType DataFileType(StructType partitionType) => new(
    [
        NestedField.Require(134, "content", IcebergType.Int, "Contents of the file: 0=data, 1=position deletes, 2=equality deletes"),
        NestedField.Require(100, "file_path", IcebergType.String, "Location URI with FS scheme"),
        NestedField.Require(101, "file_format", IcebergType.String, "File format name: avro, orc, or parquet"),
        NestedField.Require(102, "partition", partitionType, "Partition data tuple, schema based on the partition spec"),
        NestedField.Require(103, "record_count", IcebergType.Long, "Number of records in the file"),
        NestedField.Require(104, "file_size_in_bytes", IcebergType.Long, "Total file size in bytes"),
        NestedField.Optional(108, "column_sizes", CountMap(117), "Map of column id to total size on disk"),
        NestedField.Optional(109, "value_counts", CountMap(119), "Map of column id to total count, including null and NaN"),
        NestedField.Optional(110, "null_value_counts", CountMap(121), "Map of column id to null value count"),
        NestedField.Optional(137, "nan_value_counts", CountMap(138), "Map of column id to number of NaN values in the column"),
        NestedField.Optional(125, "lower_bounds", BoundMap(126), "Map of column id to lower bound"),
        NestedField.Optional(128, "upper_bounds", BoundMap(129), "Map of column id to upper bound"),
        NestedField.Optional(131, "key_metadata", IcebergType.Binary, "Encryption key metadata blob"),
        NestedField.Optional(132, "split_offsets", new ListType(133, IcebergType.Long, true), "Splittable offsets"),
        NestedField.Optional(135, "equality_ids", new ListType(136, IcebergType.Int, true), "Equality comparison field IDs"),
        NestedField.Optional(140, "sort_order_id", IcebergType.Int, "Sort order ID"),
    ]);

    /// <summary>The <c>manifest_entry</c> struct for a partition type.</summary>
    public static StructType ManifestEntryType(StructType partitionType) => new(
    [
        NestedField.Require(0, "status", IcebergType.Int),
        NestedField.Optional(1, "snapshot_id", IcebergType.Long),
        NestedField.Optional(3, "sequence_number", IcebergType.Long),
        NestedField.Optional(4, "file_sequence_number", IcebergType.Long),
        NestedField.Require(2, "data_file", DataFileType(partitionType)),
    ]);

    /// <summary>The <c>field_summary</c> struct (element 508).</summary>
    public static StructType FieldSummaryType { get; } = new(
    [
        NestedField.Require(509, "contains_null", IcebergType.Boolean, "True if any file has a null partition value"),
        NestedField.Optional(518, "contains_nan", IcebergType.Boolean, "True if any file has a nan partition value"),
        NestedField.Optional(510, "lower_bound", IcebergType.Binary, "Partition lower bound for all files"),
        NestedField.Optional(511, "upper_bound", IcebergType.Binary, "Partition upper bound for all files"),
    ]);

    /// <summary>The <c>manifest_file</c> struct of manifest lists.</summary>
    public static StructType ManifestFileType { get; } = new(
    [
        NestedField.Require(500, "manifest_path", IcebergType.String, "Location URI with FS scheme"),
        NestedField.Require(501, "manifest_length", IcebergType.Long, "Total file size in bytes"),
        NestedField.Require(502, "partition_spec_id", IcebergType.Int, "Spec ID used to write"),
        NestedField.Require(517, "content", IcebergType.Int, "Contents of the manifest: 0=data, 1=deletes"),
        NestedField.Require(515, "sequence_number", IcebergType.Long, "Sequence number when the manifest was added"),
        NestedField.Require(516, "min_sequence_number", IcebergType.Long, "Lowest sequence number in the manifest"),
        NestedField.Require(503, "added_snapshot_id", IcebergType.Long, "Snapshot ID that added the manifest"),
        NestedField.Require(504, "added_data_files_count", IcebergType.Int, "Added entry count"),
        NestedField.Require(505, "existing_data_files_count", IcebergType.Int, "Existing entry count"),
        NestedField.Require(506, "deleted_data_files_count", IcebergType.Int, "Deleted entry count"),
        NestedField.Require(512, "added_rows_count", IcebergType.Long, "Added rows count"),
        NestedField.Require(513, "existing_rows_count", IcebergType.Long, "Existing rows count"),
        NestedField.Require(514, "deleted_rows_count", IcebergType.Long, "Deleted rows count"),
        NestedField.Optional(507, "partitions", new ListType(508, FieldSummaryType, true), "Summary for each partition"),
        NestedField.Optional(519, "key_metadata", IcebergType.Binary, "Encryption key metadata blob"),
    ]);

    public static IcebergAvroRecord ManifestEntryAvro(StructType partitionType) =>
        IcebergAvroRecord.Parse(IcebergAvroSchema.ForStruct(ManifestEntryType(partitionType), ManifestEntryRecordName));

    public static IcebergAvroRecord ManifestFileAvro { get; } = IcebergAvroRecord.Parse(IcebergAvroSchema.ForStruct(ManifestFileType, ManifestFileRecordName));

    private static MapType CountMap(int keyId) => new(keyId, IcebergType.Int, keyId + 1, IcebergType.Long, true);

    private static MapType BoundMap(int keyId) => new(keyId, IcebergType.Int, keyId + 1, IcebergType.Binary, true);
}
