using Lineage.Lakehouse.Avro.Schemas;
using Lineage.Lakehouse.Avro.Values;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Values;

namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>Converts manifest entries to and from their Avro records.</summary>
internal static class ManifestEntryRecords
{
    public static AvroRecord ToAvro(ManifestEntry entry, AvroRecordSchema schema, StructType partitionType)
    {
        var dataFileSchema = AvroFieldValues.NestedRecord(schema.FindField("data_file")!.Type);
        var file = entry.DataFile;
        AvroRecordSchema Nested(string name) => AvroFieldValues.NestedRecord(dataFileSchema.FindField(name)!.Type);
        var dataFile = new AvroRecord(dataFileSchema);
        dataFile["content"] = (int)file.Content;
        dataFile["file_path"] = file.FilePath;
        dataFile["file_format"] = file.FileFormat;
        dataFile["partition"] = PartitionToAvro(file.Partition, Nested("partition"), partitionType, file.FilePath);
        dataFile["record_count"] = file.RecordCount;
        dataFile["file_size_in_bytes"] = file.FileSizeInBytes;
        dataFile["column_sizes"] = AvroFieldValues.IntMapToAvro(Nested("column_sizes"), file.ColumnSizes);
        dataFile["value_counts"] = AvroFieldValues.IntMapToAvro(Nested("value_counts"), file.ValueCounts);
        dataFile["null_value_counts"] = AvroFieldValues.IntMapToAvro(Nested("null_value_counts"), file.NullValueCounts);
        dataFile["nan_value_counts"] = AvroFieldValues.IntMapToAvro(Nested("nan_value_counts"), file.NanValueCounts);
        dataFile["lower_bounds"] = AvroFieldValues.IntMapToAvro(Nested("lower_bounds"), file.LowerBounds);
        dataFile["upper_bounds"] = AvroFieldValues.IntMapToAvro(Nested("upper_bounds"), file.UpperBounds);
        dataFile["key_metadata"] = file.KeyMetadata;
        dataFile["split_offsets"] = file.SplitOffsets?.ToList();
        dataFile["equality_ids"] = file.EqualityIds?.ToList();
        dataFile["sort_order_id"] = file.SortOrderId;
        return new AvroRecord(schema, (int)entry.Status, entry.SnapshotId, entry.SequenceNumber, entry.FileSequenceNumber, dataFile);
    }

    /// <param name="partitionType">The partition type from the manifest header; when null, partition values are kept as Avro gave them.</param>
    public static ManifestEntry FromAvro(AvroRecord record, StructType? partitionType, string where)
    {
        var status = AvroFieldValues.Int(record, 0, $"{where}: status") ?? throw new IcebergFormatException($"{where} has no status");
        if (status is < 0 or > 2)
            throw new IcebergFormatException($"{where} has status {status}; expected 0 (existing), 1 (added) or 2 (deleted)");
        var file = AvroFieldValues.Get(record, 2) as AvroRecord ?? throw new IcebergFormatException($"{where} has no data_file record");
        var path = AvroFieldValues.RequiredString(file, 100, $"{where}: data_file.file_path");
        var fileWhere = $"{where} ({path})";
        var content = AvroFieldValues.Int(file, 134, $"{fileWhere}: content") ?? 0;
        var dataFile = new DataFile
        {
            Content = content is >= 0 and <= 2 ? (DataFileContent)content : throw new IcebergFormatException($"{fileWhere} has content {content}; expected 0, 1 or 2"),
            FilePath = path,
            FileFormat = AvroFieldValues.RequiredString(file, 101, $"{fileWhere}: file_format"),
            Partition = PartitionFromAvro(AvroFieldValues.Get(file, 102) as AvroRecord, partitionType, fileWhere),
            RecordCount = AvroFieldValues.RequiredLong(file, 103, $"{fileWhere}: record_count"),
            FileSizeInBytes = AvroFieldValues.RequiredLong(file, 104, $"{fileWhere}: file_size_in_bytes"),
            ColumnSizes = AvroFieldValues.IntMap(file, 108, $"{fileWhere}: column_sizes", ToLong),
            ValueCounts = AvroFieldValues.IntMap(file, 109, $"{fileWhere}: value_counts", ToLong),
            NullValueCounts = AvroFieldValues.IntMap(file, 110, $"{fileWhere}: null_value_counts", ToLong),
            NanValueCounts = AvroFieldValues.IntMap(file, 137, $"{fileWhere}: nan_value_counts", ToLong),
            LowerBounds = AvroFieldValues.IntMap(file, 125, $"{fileWhere}: lower_bounds", ToBytes),
            UpperBounds = AvroFieldValues.IntMap(file, 128, $"{fileWhere}: upper_bounds", ToBytes),
            KeyMetadata = AvroFieldValues.Bytes(file, 131, $"{fileWhere}: key_metadata"),
            SplitOffsets = AvroFieldValues.List(file, 132, $"{fileWhere}: split_offsets", ToLong),
            EqualityIds = AvroFieldValues.List(file, 135, $"{fileWhere}: equality_ids", v => (int)ToLong(v)),
            SortOrderId = AvroFieldValues.Int(file, 140, $"{fileWhere}: sort_order_id"),
        };
        return new ManifestEntry(
            (ManifestEntryStatus)status,
            AvroFieldValues.Long(record, 1, $"{where}: snapshot_id"),
            AvroFieldValues.Long(record, 3, $"{where}: sequence_number"),
            AvroFieldValues.Long(record, 4, $"{where}: file_sequence_number"),
            dataFile);
    }

    private static AvroRecord PartitionToAvro(PartitionData partition, AvroRecordSchema schema, StructType partitionType, string path)
    {
        if (partition.Values.Count != partitionType.Fields.Count)
            throw new IcebergFormatException(
                $"data file {path} has {partition.Values.Count} partition values but the partition spec has {partitionType.Fields.Count} fields");
        var values = new object?[partition.Values.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var field = partitionType.Fields[i];
            values[i] = AvroValueMapping.ToAvro((PrimitiveType)field.Type, partition[i]);
        }
        return new AvroRecord(schema, values);
    }

    private static PartitionData PartitionFromAvro(AvroRecord? record, StructType? partitionType, string where)
    {
        if (record is null)
            throw new IcebergFormatException($"{where} has no partition record (field 102)");
        if (partitionType is null)
            return new PartitionData(Enumerable.Range(0, record.FieldCount).Select(i => record[i] is AvroFixed f ? f.Bytes : record[i]).ToList());
        var values = new object?[partitionType.Fields.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var field = partitionType.Fields[i];
            values[i] = field.Type is PrimitiveType primitive
                ? AvroValueMapping.FromAvro(primitive, AvroFieldValues.Get(record, field.Id))
                : throw new IcebergFormatException($"{where}: partition field '{field.Name}' is not primitive");
        }
        return new PartitionData(values);
    }

    private static long ToLong(object? value) => value switch
    {
        long l => l,
        int i => i,
        _ => throw new IcebergFormatException($"a manifest count holds {value ?? "null"}, not a number"),
    };

    private static byte[] ToBytes(object? value) => value switch
    {
        byte[] bytes => bytes,
        AvroFixed f => f.Bytes,
        _ => throw new IcebergFormatException($"a manifest bound holds {value ?? "null"}, not bytes"),
    };
}
