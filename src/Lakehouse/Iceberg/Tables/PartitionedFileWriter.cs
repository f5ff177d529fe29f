using Apache.Arrow;
using Lineage.Lakehouse.Arrow;
using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.Parquet;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// Splits rows by partition tuple and writes one ZSTD Parquet file (with the schema's field ids) per tuple, then
/// describes each file for a manifest with the metrics the writer computed while writing it. The rows buffered across
/// all open files stay within one row group's size: when they exceed it, the fullest file writes its row group early,
/// so a table spread over many partitions holds no more in memory than one spread over a single one.
/// </summary>
internal sealed class PartitionedFileWriter(IFileIO io, TableLayout layout, IcebergSchema schema, PartitionSpec spec, long rowGroupSize) : IAsyncDisposable
{
    private readonly Schema _arrowSchema = IcebergArrowSchema.ToArrow(schema);
    private readonly Dictionary<PartitionData, OpenFile> _files = [];

    public async Task WriteAsync(RecordBatch batch, CancellationToken cancellationToken)
    {
        var aligned = Align(batch);
        if (aligned.Length == 0)
            return;
        if (spec.Fields.Count == 0)
        {
            await (await OpenAsync(PartitionData.Empty, cancellationToken)).Writer.WriteAsync(aligned, cancellationToken);
            await KeepWithinBudgetAsync(cancellationToken);
            return;
        }
        // Rows arrive clustered by partition (an experiment's rows together): each run of equal source values goes
        // to its file as a row range of the batch, and only a run's first row computes (and boxes) a tuple.
        var sourceIds = spec.Fields.Select(f => f.SourceId).Distinct().ToArray();
        var sources = sourceIds.Select(id => aligned.Column(ColumnOf(id))).ToArray();
        var start = 0;
        for (var row = 1; row <= aligned.Length; row++)
        {
            if (row < aligned.Length && SameSources(sources, row, row - 1))
                continue;
            var file = await OpenAsync(PartitionOf(aligned, start), cancellationToken);
            await file.Writer.WriteAsync(aligned, start, row - start, cancellationToken);
            start = row;
        }
        await KeepWithinBudgetAsync(cancellationToken);
    }

    private async Task KeepWithinBudgetAsync(CancellationToken cancellationToken)
    {
        if (_files.Count < 2)
            return;
        while (_files.Values.Sum(f => f.Writer.BufferedBytes) > rowGroupSize)
            await _files.Values.MaxBy(f => f.Writer.BufferedBytes)!.Writer.FlushRowGroupAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DataFile>> FinishAsync(CancellationToken cancellationToken)
    {
        var written = new List<DataFile>();
        foreach (var (partition, file) in _files)
        {
            var summary = await file.Writer.FinishAsync(cancellationToken);
            await file.Writer.DisposeAsync();
            await file.Stream.DisposeAsync();
            written.Add(new DataFile
            {
                FilePath = file.Location,
                Partition = partition,
                RecordCount = summary.RowCount,
                FileSizeInBytes = summary.BytesWritten,
                ColumnSizes = summary.ColumnSizes,
                ValueCounts = summary.ValueCounts,
                NullValueCounts = summary.NullValueCounts,
                NanValueCounts = summary.NanValueCounts,
                LowerBounds = summary.LowerBounds,
                UpperBounds = summary.UpperBounds,
                SplitOffsets = summary.RowGroupOffsets,
                SortOrderId = 0,
            });
        }
        _files.Clear();
        return written;
    }

    public async ValueTask DisposeAsync()
    {
        // Open files are left only by a failure; whatever they published is referenced by no snapshot (an orphan).
        foreach (var file in _files.Values)
        {
            await file.Writer.DisposeAsync();
            await file.Stream.DisposeAsync();
        }
        _files.Clear();
    }

    /// <summary>The batch's columns in table order, by name; missing optional columns become nulls.</summary>
    private RecordBatch Align(RecordBatch batch)
    {
        var tableNames = _arrowSchema.FieldsList.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var extra = batch.Schema.FieldsList.Select(f => f.Name).Where(n => !tableNames.Contains(n)).ToList();
        if (extra.Count > 0)
            throw new ArgumentException($"the batch has columns the table does not: {string.Join(", ", extra)}; the table's columns are {string.Join(", ", tableNames)}");
        var columns = new IArrowArray[_arrowSchema.FieldsList.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            var field = _arrowSchema.FieldsList[i];
            var index = batch.Schema.GetFieldIndex(field.Name, StringComparer.Ordinal);
            if (index >= 0)
            {
                var column = batch.Column(index);
                if (!SameType(column.Data.DataType, field.DataType))
                    throw new ArgumentException($"column '{field.Name}' of the batch is {column.Data.DataType.Name}; the table's is {field.DataType.Name}");
                columns[i] = column;
                continue;
            }
            if (!field.IsNullable)
                throw new ArgumentException($"the batch lacks the required column '{field.Name}'");
            columns[i] = NullArrays.Create(field.DataType, batch.Length);
        }
        return new RecordBatch(_arrowSchema, columns, batch.Length);
    }

    private static bool SameType(Apache.Arrow.Types.IArrowType a, Apache.Arrow.Types.IArrowType b) => a.TypeId == b.TypeId;

    private int ColumnOf(int fieldId) => _arrowSchema.GetFieldIndex(schema.FindField(fieldId)!.Name, StringComparer.Ordinal);

    private PartitionData PartitionOf(RecordBatch batch, int row) =>
        spec.Partition(schema, id => ArrowValues.Get(batch.Column(ColumnOf(id)), row, schema.FindField(id)!.Type as PrimitiveType));

    private static bool SameSources(IArrowArray[] sources, int a, int b)
    {
        foreach (var source in sources)
        {
            if (!ArrowValues.SameValue(source, a, b))
                return false;
        }
        return true;
    }

    private async Task<OpenFile> OpenAsync(PartitionData partition, CancellationToken cancellationToken)
    {
        if (_files.TryGetValue(partition, out var open))
            return open;
        var location = layout.DataFile(spec.PathOf(schema, partition));
        var stream = await io.CreateAsync(location, cancellationToken);
        var writer = await ArrowParquetWriter.CreateAsync(stream, _arrowSchema, new ArrowParquetWriterOptions
        {
            Codec = ParquetCodec.Zstd,
            RowGroupSize = rowGroupSize,
            KeyValueMetadata = new Dictionary<string, string> { ["iceberg.schema"] = schema.ToJson() },
        }, cancellationToken);
        return _files[partition] = new OpenFile(location, stream, writer);
    }

    private sealed record OpenFile(string Location, Stream Stream, ArrowParquetWriter Writer);
}
