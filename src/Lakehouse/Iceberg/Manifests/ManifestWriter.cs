using System.Globalization;
using Avro.File;
using Lineage.Lakehouse.Iceberg.AvroFiles;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>
/// Writes one v2 data manifest to a stream: an Avro file of <c>manifest_entry</c> records whose header carries the
/// table schema, the partition spec's fields, their ids, <c>format-version</c> 2 and <c>content</c> data.
/// <see cref="Finish"/> writes the file and returns the manifest's entry for the manifest list, with its exact
/// length, counts and partition summaries; nothing is written before.
/// </summary>
internal sealed class ManifestWriter
{
    private readonly Stream _output;
    private readonly AvroRecordFileWriter _writer;
    private readonly IcebergAvroRecord _entrySchema;
    private readonly StructType _partitionType;
    private readonly PartitionSummaryBuilder _summaries;
    private readonly PartitionSpec _spec;
    private readonly ManifestContent _content;
    private readonly long _snapshotId;
    private readonly long _sequenceNumber;
    private long _minSequenceNumber = long.MaxValue;
    private int _added, _existing, _deleted;
    private long _addedRows, _existingRows, _deletedRows;
    private ManifestFile? _finished;

    /// <param name="output">Receives the manifest; left open.</param>
    /// <param name="snapshotId">The snapshot that writes the manifest (its added snapshot id).</param>
    /// <param name="sequenceNumber">That snapshot's sequence number, inherited by ADDED entries.</param>
    /// <param name="content">Whether the manifest tracks data files or delete files (position and equality deletes).</param>
    public ManifestWriter(
        Stream output, IcebergSchema schema, PartitionSpec spec, long snapshotId, long sequenceNumber, Codec.Type codec = Codec.Type.Deflate,
        ManifestContent content = ManifestContent.Data)
    {
        ArgumentNullException.ThrowIfNull(output);
        _content = content;
        _spec = spec;
        _snapshotId = snapshotId;
        _sequenceNumber = sequenceNumber;
        _partitionType = spec.PartitionType(schema);
        _summaries = new PartitionSummaryBuilder(_partitionType);
        _entrySchema = ManifestSchemas.ManifestEntryAvro(_partitionType);
        _output = output;
        var metadata = new Dictionary<string, string>
        {
            ["schema"] = schema.ToJson(),
            ["schema-id"] = schema.SchemaId.ToString(CultureInfo.InvariantCulture),
            ["partition-spec"] = spec.FieldsToJson(),
            ["partition-spec-id"] = spec.SpecId.ToString(CultureInfo.InvariantCulture),
            ["format-version"] = "2",
            ["content"] = content == ManifestContent.Deletes ? "deletes" : "data",
            ["iceberg.schema"] = new IcebergSchema(0, ManifestSchemas.ManifestEntryType(_partitionType).Fields).ToJson(),
        };
        _writer = new AvroRecordFileWriter(_entrySchema, codec, metadata);
    }

    public long EntryCount => _writer.Count;

    /// <summary>Adds a file the writing snapshot adds; its sequence numbers are inherited.</summary>
    public void Add(DataFile file) => Add(ManifestEntry.Added(_snapshotId, file));

    /// <exception cref="IcebergFormatException">The entry is a delete file in a data manifest (or a data file in a delete manifest), an EXISTING or DELETED entry without sequence numbers, or its partition does not fit the spec.</exception>
    public void Add(ManifestEntry entry)
    {
        ObjectDisposedException.ThrowIf(_finished is not null, this);
        if (entry.DataFile.Content != DataFileContent.Data && _content == ManifestContent.Data)
            throw new IcebergFormatException($"{entry.DataFile.FilePath} is a delete file; a data manifest holds data files only");
        if (entry.DataFile.Content == DataFileContent.Data && _content == ManifestContent.Deletes)
            throw new IcebergFormatException($"{entry.DataFile.FilePath} is a data file; a delete manifest holds delete files only");
        if (entry.Status != ManifestEntryStatus.Added && (entry.SequenceNumber is null || entry.FileSequenceNumber is null))
            throw new IcebergFormatException($"the {entry.Status} entry of {entry.DataFile.FilePath} needs its sequence numbers");
        if (entry.DataFile.Partition.Values.Count != _spec.Fields.Count)
            throw new IcebergFormatException(
                $"{entry.DataFile.FilePath} has {entry.DataFile.Partition.Values.Count} partition values; spec {_spec.SpecId} has {_spec.Fields.Count} fields");
        _writer.Append(ManifestEntryRecords.ToAvro(entry, _entrySchema.Schema, _partitionType));
        _summaries.Add(entry.DataFile.Partition);
        var rows = entry.DataFile.RecordCount;
        switch (entry.Status)
        {
            case ManifestEntryStatus.Added: _added++; _addedRows += rows; break;
            case ManifestEntryStatus.Existing: _existing++; _existingRows += rows; break;
            default: _deleted++; _deletedRows += rows; break;
        }
        if (entry.Status != ManifestEntryStatus.Deleted)
            _minSequenceNumber = Math.Min(_minSequenceNumber, entry.SequenceNumber ?? _sequenceNumber);
    }

    /// <summary>Ends the file and describes it for the manifest list.</summary>
    /// <param name="manifestPath">The absolute URI the manifest will be stored at.</param>
    public ManifestFile Finish(string manifestPath)
    {
        if (_finished is not null)
            return _finished;
        var file = _writer.Finish();
        _output.Write(file);
        _finished = new ManifestFile
        {
            ManifestPath = manifestPath,
            ManifestLength = file.Length,
            PartitionSpecId = _spec.SpecId,
            Content = _content,
            SequenceNumber = _sequenceNumber,
            MinSequenceNumber = _minSequenceNumber == long.MaxValue ? _sequenceNumber : _minSequenceNumber,
            AddedSnapshotId = _snapshotId,
            AddedFilesCount = _added,
            ExistingFilesCount = _existing,
            DeletedFilesCount = _deleted,
            AddedRowsCount = _addedRows,
            ExistingRowsCount = _existingRows,
            DeletedRowsCount = _deletedRows,
            Partitions = _summaries.Build(),
        };
        return _finished;
    }
}
