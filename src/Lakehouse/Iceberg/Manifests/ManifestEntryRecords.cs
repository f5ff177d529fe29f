using Avro;
using Avro.Generic;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Values;

namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>Converts manifest entries to and from their Avro records.</summary>
internal static class ManifestEntryRecords
{
    public static GenericRecord ToAvro(ManifestEntry entry, RecordSchema schema, StructType partitionType)
    {
        var dataFileSchema = AvroFieldValues.NestedRecord(schema, "data_file");
        var file = entry.DataFile;
        RecordSchema Nested(string name) => AvroFieldValues.NestedRecord(dataFileSchema, name);
        var dataFile = new GenericRecord(dataFileSchema);
        dataFile.Add("content", (int)file.Content);
        dataFile.Add("file_path", file.FilePath);
        dataFile.Add("file_format", file.FileFormat);
        dataFile.Add("partition", PartitionToAvro(file.Partition, Nested("partition"), partitionType, file.FilePath));
        dataFile.Add("record_count", file.RecordCount);
        dataFile.Add("file_size_in_bytes", file.FileSizeInBytes);
        dataFile.Add("column_sizes", AvroFieldValues.IntMapToAvro(Nested("column_sizes"), file.ColumnSizes));
        dataFile.Add("value_counts", AvroFieldValues.IntMapToAvro(Nested("value_counts"), file.ValueCounts));
        dataFile.Add("null_value_counts", AvroFieldValues.IntMapToAvro(Nested("null_value_counts"), file.NullValueCounts));
        dataFile.Add("nan_value_counts", AvroFieldValues.IntMapToAvro(Nested("nan_value_counts"), file.NanValueCounts));
        dataFile.Add("lower_bounds", AvroFieldValues.IntMapToAvro(Nested("lower_bounds"), file.LowerBounds));
        dataFile.Add("upper_bounds", AvroFieldValues.IntMapToAvro(Nested("upper_bounds"), file.UpperBounds));
        dataFile.Add("key_metadata", file.KeyMetadata);
        dataFile.Add("split_offsets", file.SplitOffsets?.ToArray());
        dataFile.Add("equality_ids", file.EqualityIds?.ToArray());
        dataFile.Add("sort_order_id", file.SortOrderId);
        return AvroFieldValues.Record(schema, (int)entry.Status, entry.SnapshotId, entry.SequenceNumber, entry.FileSequenceNumber, dataFile);
    }

    /// <param name="partitionType">The partition type from the manifest header; when null, partition values are kept as Avro gave them.</param>
    public static ManifestEntry FromAvro(GenericRecord record, StructType? partitionType, string where)
    {
        var status = AvroFieldValues.Int(record, 0, $"{where}: status") ?? throw new IcebergFormatException($"{where} has no status");
        if (status is < 0 or > 2)
            throw new IcebergFormatException($"{where} has status {status}; expected 0 (existing), 1 (added) or 2 (deleted)");
        var file = AvroFieldValues.Get(record, 2) as GenericRecord ?? throw new IcebergFormatException($"{where} has no data_file record");
        var path = AvroFieldValues.RequiredString(file, 100, $"{where}: data_file.file_path");
        var fileWhere = $"{where} ({path})";
        var content = AvroFieldValues.Int(file, 134, $"{fileWhere}: content") ?? 0;
        var dataFile = new DataFile
        {
            Content = content is >= 0 and <= 2 ? (DataFileContent)content : throw new IcebergFormatException($"{fileWhere} has content {content}; expected 0, 1 or 2"),
            FilePath = path,
            FileFormat = AvroFieldValues.RequiredString(file, 101, $"{fileWhere}: file_format"),
            Partition = PartitionFromAvro(AvroFieldValues.Get(file, 102) as GenericRecord, partitionType, fileWhere),
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

    private static GenericRecord PartitionToAvro(PartitionData partition, RecordSchema schema, StructType partitionType, string path)
    {
        if (partition.Values.Count != partitionType.Fields.Count)
            throw new IcebergFormatException(
                $"data file {path} has {partition.Values.Count} partition values but the partition spec has {partitionType.Fields.Count} fields");
        var record = new GenericRecord(schema);
        for (var i = 0; i < partition.Values.Count; i++)
        {
            var field = partitionType.Fields[i];
            record.Add(i, AvroValueMapping.ToAvro((PrimitiveType)field.Type, schema.Fields[i].Schema, partition[i]));
        }
        return record;
    }

    private static PartitionData PartitionFromAvro(GenericRecord? record, StructType? partitionType, string where)
    {
        if (record is null)
            throw new IcebergFormatException($"{where} has no partition record (field 102)");
        if (partitionType is null)
            return new PartitionData(Enumerable.Range(0, record.Schema.Count).Select(i => record.GetValue(i) is GenericFixed f ? f.Value : record.GetValue(i)).ToList());
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
        GenericFixed f => f.Value,
        _ => throw new IcebergFormatException($"a manifest bound holds {value ?? "null"}, not bytes"),
    };
}
