using System.Runtime.CompilerServices;
using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Values;
using Apache.Arrow;
using Lineage.Lakehouse.Arrow;
using Lineage.Lakehouse.Parquet;
using Lineage.Lakehouse.Parquet.Guards;

namespace Lineage.Lakehouse.Iceberg.Tables;

public sealed partial class IcebergTable
{
    /// <summary>
    /// The live data files of a snapshot that may hold matching rows: manifests are pruned by their partition
    /// summaries, files by partition values and by column bounds. Delete files are not listed; a scan applies them.
    /// </summary>
    /// <exception cref="TableRefException">The snapshot id or ref is unknown.</exception>
    /// <exception cref="ArgumentException">A partition-equality column is not a partition source column.</exception>
    public async Task<IReadOnlyList<DataFile>> PlanFilesAsync(TableScanOptions? options = null, CancellationToken cancellationToken = default) =>
        (await PlanTasksAsync(options ?? new TableScanOptions(), cancellationToken)).Select(t => t.File).ToList();

    /// <summary>The planned data files, each with the delete files that apply to it.</summary>
    internal async Task<IReadOnlyList<FileScanTask>> PlanTasksAsync(TableScanOptions options, CancellationToken cancellationToken)
    {
        var metadata = Metadata;
        var snapshot = ResolveSnapshot(metadata, options);
        if (snapshot?.ManifestList is not { } listPath)
            return [];
        var schema = metadata.CurrentSchema;
        var equalities = ResolvePartitionEquals(metadata, options.PartitionEquals);
        var manifests = await DamagedTableException.ReadingAsync(Location, listPath, () => ManifestFiles.ReadListAsync(_io, listPath, cancellationToken));
        var deletes = await DamagedTableException.ReadingAsync(Location, listPath,
            () => DeleteFileIndex.ReadAsync(_io, metadata, manifests.Where(m => m.Content == ManifestContent.Deletes), cancellationToken));
        var tasks = new List<FileScanTask>();
        foreach (var manifest in manifests.Where(m => m.Content == ManifestContent.Data))
        {
            var spec = metadata.SpecById(manifest.PartitionSpecId);
            var partitionType = spec.PartitionType(schema);
            var constraints = Constraints(spec, equalities);
            if (!PartitionTuples.MayContain(manifest, partitionType, constraints))
                continue;
            foreach (var entry in await DamagedTableException.ReadingAsync(Location, manifest.ManifestPath, () => ManifestFiles.ReadEntriesAsync(_io, manifest, cancellationToken)))
            {
                if (entry.Status == ManifestEntryStatus.Deleted)
                    continue;
                var file = entry.DataFile;
                if (constraints.All(c => PartitionTuples.SameValue(partitionType, c.Position, file.Partition.Values[c.Position], c.Value))
                    && ColumnBounds.MayMatch(file, schema, options.Filters))
                    tasks.Add(new FileScanTask(file, deletes.For(file, manifest.PartitionSpecId, entry.SequenceNumber ?? 0)));
            }
        }
        return tasks;
    }

    /// <summary>
    /// Reads the planned files as Arrow record batches, one per kept row group, in the current schema's shape (see
    /// <see cref="IcebergArrowSchema"/>): columns are matched to the file by field id (by name in files written
    /// without ids), and a column a file lacks (added later) reads as nulls. Rows removed by position or equality
    /// delete files are left out.
    /// </summary>
    public async IAsyncEnumerable<RecordBatch> ScanAsync(TableScanOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new TableScanOptions();
        var schema = Metadata.CurrentSchema;
        var fields = (options.Columns ?? schema.Fields.Select(f => f.Name).ToList())
            .Select(name => schema.FindField(name) is { } field && schema.Fields.Contains(field)
                ? field
                : throw new ArgumentException($"table {Location} has no column '{name}'; its columns are {string.Join(", ", schema.Fields.Select(f => f.Name))}"))
            .ToList();
        var output = new Schema(fields.Select(IcebergArrowSchema.ToArrow), null);
        var deleteFiles = new DeleteFileReader(_io, schema);
        foreach (var task in await PlanTasksAsync(options, cancellationToken))
        {
            var path = task.File.FilePath;
            await using var reader = await DamagedTableException.ReadingAsync(Location, path, () => OpenDataFileAsync(_io, path, cancellationToken));
            var names = fields.Select(f => FileColumn(reader.Schema, f)).ToList();
            if (!TryFileFilters(reader.Schema, schema, options.Filters, out var filters))
                continue;
            var deletes = await DamagedTableException.ReadingAsync(Location, path, () => deleteFiles.ReadAsync(task, cancellationToken));
            var equalityColumns = deletes.EqualityFieldIds.ToDictionary(id => id, id => EqualityColumn(reader.Schema, schema, id, task.File));
            var read = names.Concat(equalityColumns.Values).OfType<string>().Distinct().ToList();
            if (read.Count == 0)
                read.Add(reader.Schema.FieldsList[0].Name);
            // Positions count every row of the file: row groups are not pruned when some are deleted by position.
            var request = new ParquetReadRequest { Columns = read, Filters = deletes.Positions.Count > 0 ? [] : filters };
            long firstRow = 0;
            await foreach (var batch in ReadDataFileAsync(reader, request, path, cancellationToken))
            {
                var columns = names.Select((name, i) => name is null
                    ? NullArrays.Create(output.FieldsList[i].DataType, batch.Length)
                    : ArrowConform.To(batch.Column(name), output.FieldsList[i].DataType)).ToList();
                var result = new RecordBatch(output, columns, batch.Length);
                var kept = deletes.Kept(batch, firstRow, equalityColumns, schema);
                firstRow += batch.Length;
                yield return kept is null ? result : RecordBatchRows.Take(result, kept);
            }
        }
    }

    /// <summary>The file's batches; a format error part-way names the table and the file.</summary>
    private async IAsyncEnumerable<RecordBatch> ReadDataFileAsync(
        ArrowParquetReader reader, ParquetReadRequest request, string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var batches = reader.ReadAsync(request, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (await DamagedTableException.ReadingAsync(Location, path, () => batches.MoveNextAsync().AsTask()))
            yield return batches.Current;
    }

    /// <summary>Opens a data or delete file of the table for reading.</summary>
    internal static async Task<ArrowParquetReader> OpenDataFileAsync(IO.IFileIO io, string path, CancellationToken cancellationToken) =>
        await ArrowParquetReader.OpenAsync(new ReadableFileStream(await io.OpenReadAsync(path, cancellationToken)), path, cancellationToken);

    /// <summary>The data file's column for an equality field id; null when the file lacks it (its values are null).</summary>
    private string? EqualityColumn(Schema fileSchema, IcebergSchema schema, int fieldId, DataFile file)
    {
        if (fileSchema.FieldsList.Any(f => IcebergArrowSchema.FieldId(f) is not null))
        {
            if (fileSchema.FieldsList.FirstOrDefault(f => IcebergArrowSchema.FieldId(f) == fieldId) is { } column)
                return column.Name;
            if (schema.FindField(fieldId) is { } nested && !schema.Fields.Contains(nested))
                throw new NotSupportedException($"Table {Location}, data file {file.FilePath}: equality deletes on nested field {fieldId} are not supported.");
            return null;
        }
        return schema.FindField(fieldId) is { } field && fileSchema.GetFieldIndex(field.Name, StringComparer.Ordinal) >= 0 ? field.Name : null;
    }

    private Snapshot? ResolveSnapshot(TableMetadata metadata, TableScanOptions options)
    {
        if (options.SnapshotId is { } id)
            return metadata.SnapshotById(id) ?? throw new TableRefException(Location, $"no snapshot {id}; its snapshots are {string.Join(", ", metadata.Snapshots.Select(s => s.SnapshotId))}");
        if (options.Ref is { } name)
        {
            var reference = metadata.Refs.GetValueOrDefault(name)
                ?? throw new TableRefException(Location, $"no branch or tag '{name}'; its refs are {string.Join(", ", metadata.Refs.Keys.Order(StringComparer.Ordinal))}");
            return metadata.SnapshotById(reference.SnapshotId);
        }
        return metadata.CurrentSnapshot;
    }

    /// <summary>Partition-equality keys as (source field, value); each key must feed a partition field.</summary>
    private List<(NestedField Field, object? Value)> ResolvePartitionEquals(TableMetadata metadata, IReadOnlyDictionary<string, object?> equals)
    {
        var schema = metadata.CurrentSchema;
        var sources = metadata.DefaultSpec.Fields.Select(f => f.SourceId).ToHashSet();
        return equals.Select(pair => schema.FindField(pair.Key) is { } field && sources.Contains(field.Id)
                ? (field, pair.Value)
                : throw new ArgumentException(
                    $"'{pair.Key}' is not a partition column of table {Location}; partition columns: {string.Join(", ", sources.Select(id => schema.FindField(id)?.Name))}"))
            .ToList();
    }

    /// <summary>The partition values a file must have at each position (identity partitions of the spec).</summary>
    private static List<(int Position, object? Value)> Constraints(PartitionSpec spec, List<(NestedField Field, object? Value)> equalities)
    {
        var constraints = new List<(int Position, object? Value)>();
        foreach (var (field, value) in equalities)
        {
            for (var position = 0; position < spec.Fields.Count; position++)
            {
                var partitionField = spec.Fields[position];
                if (partitionField.SourceId != field.Id || !partitionField.Transform.IsIdentity)
                    continue;
                constraints.Add((position, partitionField.Transform.Apply((PrimitiveType)field.Type, PartitionTuples.Coerce((PrimitiveType)field.Type, value, field.Name))));
            }
        }
        return constraints;
    }

    /// <summary>The file's column for a field: by field id, by name for files written without ids; null when absent.</summary>
    private static string? FileColumn(Schema fileSchema, NestedField field)
    {
        var withIds = fileSchema.FieldsList.Any(f => IcebergArrowSchema.FieldId(f) is not null);
        return withIds
            ? fileSchema.FieldsList.FirstOrDefault(f => IcebergArrowSchema.FieldId(f) == field.Id)?.Name
            : fileSchema.GetFieldIndex(field.Name, StringComparer.Ordinal) >= 0 ? field.Name : null;
    }

    /// <summary>The filters in the file's column names; false when a filter needs a value of a column the file lacks (all nulls).</summary>
    private static bool TryFileFilters(Schema fileSchema, IcebergSchema schema, IReadOnlyList<ColumnPredicate> filters, out List<ColumnPredicate> mapped)
    {
        mapped = [];
        foreach (var filter in filters)
        {
            var field = schema.FindField(filter.Column)
                ?? throw new ArgumentException($"filter on '{filter.Column}': the table has no such column; its columns are {string.Join(", ", schema.Fields.Select(f => f.Name))}");
            var name = FileColumn(fileSchema, field);
            if (name is null)
            {
                if (filter.Operator != PredicateOperator.IsNull)
                    return false;
                continue;
            }
            mapped.Add(filter with { Column = name });
        }
        return true;
    }
}
