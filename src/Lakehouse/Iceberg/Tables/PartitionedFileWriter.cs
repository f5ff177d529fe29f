using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.Compression;
using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Schema;
using Lineage.Lakehouse.Parquet.Writing;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// Splits rows by partition tuple and writes one ZSTD Parquet file (with the schema's field ids) per tuple, then
/// describes each file for a manifest with metrics from its footer.
/// </summary>
internal sealed class PartitionedFileWriter(IFileIO io, TableLayout layout, IcebergSchema schema, PartitionSpec spec, long rowGroupSize) : IAsyncDisposable
{
    private readonly ParquetSchema _parquetSchema = IcebergParquetSchema.ToParquet(schema);
    private readonly Dictionary<PartitionData, OpenFile> _files = [];
    private int[]? _sourceColumns;

    /// <summary>The positions of the table columns the partition fields derive from.</summary>
    private int[] SourceColumns => _sourceColumns ??=
        spec.Fields.Select(f => f.SourceId).Distinct().Select(id => _parquetSchema.IndexOf(schema.FindField(id)!.Name)).ToArray();

    public async Task WriteAsync(RecordBatch batch, CancellationToken cancellationToken)
    {
        var aligned = Align(batch);
        if (aligned.RowCount == 0)
            return;
        if (spec.Fields.Count == 0)
        {
            await (await OpenAsync(PartitionData.Empty, cancellationToken)).Writer.WriteAsync(aligned, cancellationToken);
            return;
        }
        // Rows arrive clustered by partition (an experiment's rows together): each run of equal source values goes
        // to its file as a slice of the batch, and only a run's first row computes (and boxes) a tuple.
        var sources = SourceColumns.Select(index => aligned.Columns[index]).ToArray();
        var start = 0;
        for (var row = 1; row <= aligned.RowCount; row++)
        {
            if (row < aligned.RowCount && SameSources(sources, row, row - 1))
                continue;
            var file = await OpenAsync(PartitionOf(aligned, start), cancellationToken);
            await file.Writer.WriteRowsAsync(aligned, start, row - start, cancellationToken);
            start = row;
        }
    }

    public async Task<IReadOnlyList<DataFile>> FinishAsync(CancellationToken cancellationToken)
    {
        var written = new List<DataFile>();
        foreach (var (partition, file) in _files)
        {
            await file.Writer.FinishAsync(cancellationToken);
            var size = file.Writer.BytesWritten;
            var footer = file.Writer.Footer!;
            await file.Writer.DisposeAsync();
            await file.Stream.DisposeAsync();
            var metrics = DataFileMetrics.From(footer, _parquetSchema, schema);
            written.Add(new DataFile
            {
                FilePath = file.Location,
                Partition = partition,
                RecordCount = file.Writer.RowCount,
                FileSizeInBytes = size,
                ColumnSizes = metrics.ColumnSizes,
                ValueCounts = metrics.ValueCounts,
                NullValueCounts = metrics.NullValueCounts,
                LowerBounds = metrics.LowerBounds,
                UpperBounds = metrics.UpperBounds,
                SplitOffsets = footer.RowGroups.Where(g => g.FileOffset is not null).Select(g => g.FileOffset!.Value).ToList(),
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
        var extra = batch.Schema.Fields.Select(f => f.Name).Where(n => _parquetSchema.IndexOf(n) < 0).ToList();
        if (extra.Count > 0)
            throw new ArgumentException($"the batch has columns the table does not: {string.Join(", ", extra)}; the table's columns are {string.Join(", ", _parquetSchema.Fields.Select(f => f.Name))}");
        var columns = new ColumnVector[_parquetSchema.Fields.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            var field = _parquetSchema.Fields[i];
            var index = batch.Schema.IndexOf(field.Name);
            if (index >= 0)
            {
                columns[i] = batch.Columns[index];
                continue;
            }
            if (!field.Nullable)
                throw new ArgumentException($"the batch lacks the required column '{field.Name}'");
            columns[i] = NullVectors.Create(field, batch.RowCount);
        }
        return new RecordBatch(_parquetSchema, columns);
    }

    private PartitionData PartitionOf(RecordBatch batch, int row) =>
        spec.Partition(schema, id =>
        {
            var index = _parquetSchema.IndexOf(schema.FindField(id)!.Name);
            return VectorValues.Get(batch.Columns[index], _parquetSchema.Fields[index], row);
        });

    private static bool SameSources(ColumnVector[] sources, int a, int b)
    {
        foreach (var source in sources)
        {
            if (!SameValue(source, a, b))
                return false;
        }
        return true;
    }

    private static bool SameValue(ColumnVector vector, int a, int b)
    {
        if (vector.IsNull(a) || vector.IsNull(b))
            return vector.IsNull(a) && vector.IsNull(b);
        return vector switch
        {
            PrimitiveVector<int> v => v[a] == v[b],
            PrimitiveVector<long> v => v[a] == v[b],
            BinaryVector v => v[a].SequenceEqual(v[b]),
            PrimitiveVector<bool> v => v[a] == v[b],
            PrimitiveVector<double> v => v[a].Equals(v[b]),
            PrimitiveVector<float> v => v[a].Equals(v[b]),
            PrimitiveVector<Int128> v => v[a] == v[b],
            _ => false,
        };
    }

    private async Task<OpenFile> OpenAsync(PartitionData partition, CancellationToken cancellationToken)
    {
        if (_files.TryGetValue(partition, out var open))
            return open;
        var location = layout.DataFile(spec.PathOf(schema, partition));
        var stream = await io.CreateAsync(location, cancellationToken);
        var writer = new ParquetWriter(stream, _parquetSchema, new ParquetWriterOptions
        {
            Compression = CompressionKind.Zstd,
            RowGroupSize = rowGroupSize,
            KeyValueMetadata = new Dictionary<string, string> { ["iceberg.schema"] = schema.ToJson() },
        });
        return _files[partition] = new OpenFile(location, stream, writer);
    }

    private sealed record OpenFile(string Location, Stream Stream, ParquetWriter Writer);
}
