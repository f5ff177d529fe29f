using Apache.Arrow;
using Apache.Arrow.Types;
using Lineage.Lakehouse.Parquet.Shredding;
using Parquet;
using ArrowSchema = Apache.Arrow.Schema;
using ParquetNetWriter = Parquet.ParquetWriter;

namespace Lineage.Lakehouse.Parquet;

/// <summary>
/// Writes Arrow record batches as one Parquet file (through Parquet.Net): Iceberg field ids from the fields'
/// metadata, exact nullability and levels, statistics, the chosen codec, dictionary-encoded strings where it pays,
/// row groups cut by size. Rows are buffered per leaf column until a row group is full, so memory is bounded by one
/// row group. <see cref="FinishAsync"/> writes the footer and returns the file's Iceberg metrics; disposing without
/// finishing leaves an incomplete file.
/// </summary>
public sealed class ArrowParquetWriter : IAsyncDisposable
{
    /// <summary>Rows shredded between two checks of the row-group size, so one large batch still cuts row groups.</summary>
    private const int SliceRows = 64 * 1024;

    private readonly CountingWriteStream _output;
    private readonly ParquetNetWriter _writer;
    private readonly ArrowParquetWriterOptions _options;
    private readonly LeafBuffer[] _leaves;
    private readonly LeafShredder _shredder = new();
    private readonly List<long> _rowGroupOffsets = [];
    private readonly Dictionary<int, long> _columnSizes = [];
    private long _bufferedRows;
    private ParquetWriteSummary? _summary;

    private ArrowParquetWriter(CountingWriteStream output, ParquetNetWriter writer, ArrowSchema schema, ParquetNetSchema layout, ArrowParquetWriterOptions options)
    {
        _output = output;
        _writer = writer;
        Schema = schema;
        _options = options;
        _leaves = layout.Leaves.Select(LeafBuffers.Create).ToArray();
    }

    public ArrowSchema Schema { get; }

    /// <summary>Rows written so far, including those still buffered in the current row group.</summary>
    public long RowCount { get; private set; }

    /// <exception cref="NotSupportedException">The schema has a type the writer cannot store (a map, fixed other than uuid…).</exception>
    public static async Task<ArrowParquetWriter> CreateAsync(Stream output, ArrowSchema schema, ArrowParquetWriterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        var layout = ParquetNetSchema.From(schema);
        // Parquet.Net 6.1 defaults to its smallest-size level (ZSTD 19: some forty times slower than ZSTD's default 3).
        var parquetOptions = new ParquetOptions { CompressionMethod = Method(options.Codec), CompressionLevel = System.IO.Compression.CompressionLevel.Optimal };
        if (options.Dictionary)
        {
            foreach (var leaf in layout.Leaves.Where(l => l.Leaf.DataType is StringType))
                parquetOptions.ColumnEncodingHints[leaf.Field.Path.ToString()] = EncodingHint.Dictionary;
        }
        var counting = new CountingWriteStream(output);
        var writer = await ParquetNetWriter.CreateAsync(layout.Schema, counting, parquetOptions, append: false, cancellationToken);
        if (options.KeyValueMetadata.Count > 0)
            writer.CustomMetadata = options.KeyValueMetadata;
        var elements = ParquetNetInternals.FooterSchema(writer);
        for (var i = 0; i < layout.ElementIds.Count; i++)
        {
            if (layout.ElementIds[i] is { } id)
                elements[i + 1].FieldId = id;
            if (layout.ElementTimestamps[i] is { } timestamp)
                ParquetNetInternals.AnnotateMicrosecondTimestamp(elements[i + 1], adjustedToUtc: !string.IsNullOrEmpty(timestamp.Timezone));
        }
        return new ArrowParquetWriter(counting, writer, schema, layout, options);
    }

    public Task WriteAsync(RecordBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return WriteAsync(batch, 0, batch.Length, cancellationToken);
    }

    /// <summary>Writes the batch's rows <paramref name="start"/> .. <paramref name="start"/> + <paramref name="count"/>, without slicing or copying the batch.</summary>
    /// <exception cref="ArgumentException">The batch's columns are not the writer's (names and types, in order).</exception>
    public async Task WriteAsync(RecordBatch batch, int start, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, batch.Length - start);
        if (_summary is not null)
            throw new InvalidOperationException("The Parquet file is already finished.");
        EnsureSameColumns(batch.Schema);
        for (var sliceStart = start; sliceStart < start + count; sliceStart += SliceRows)
        {
            var rows = Math.Min(SliceRows, start + count - sliceStart);
            foreach (var leaf in _leaves)
                _shredder.Shred(leaf.Plan, leaf, batch.Column(leaf.Plan.Column), sliceStart, rows);
            _bufferedRows += rows;
            RowCount += rows;
            if (_leaves.Sum(l => l.EstimatedBytes) >= _options.RowGroupSize)
                await WriteRowGroupAsync(cancellationToken);
        }
    }

    /// <summary>Writes the last row group and the footer, flushes the output (left open) and returns what was written.</summary>
    public async Task<ParquetWriteSummary> FinishAsync(CancellationToken cancellationToken = default)
    {
        if (_summary is not null)
            return _summary;
        if (_bufferedRows > 0)
            await WriteRowGroupAsync(cancellationToken);
        await _writer.DisposeAsync();
        await _output.FlushOutputAsync(cancellationToken);
        return _summary = Summarize();
    }

    /// <summary>Nothing is held but managed buffers; the output stream is the caller's.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task WriteRowGroupAsync(CancellationToken cancellationToken)
    {
        _rowGroupOffsets.Add(_output.Written);
        using (var rowGroup = _writer.CreateRowGroup())
        {
            foreach (var leaf in _leaves)
            {
                var before = _output.Written;
                await leaf.WriteAsync(rowGroup, cancellationToken);
                if (leaf.Plan.FieldId is { } id)
                    _columnSizes[id] = _columnSizes.GetValueOrDefault(id) + _output.Written - before;
                leaf.Clear();
            }
            rowGroup.CompleteValidate();
        }
        _bufferedRows = 0;
    }

    private ParquetWriteSummary Summarize()
    {
        var values = new Dictionary<int, long>();
        var nulls = new Dictionary<int, long>();
        var nans = new Dictionary<int, long>();
        var lower = new Dictionary<int, byte[]>();
        var upper = new Dictionary<int, byte[]>();
        foreach (var leaf in _leaves)
        {
            if (leaf.Plan.FieldId is not { } id)
                continue;
            values[id] = leaf.FileValueCount;
            nulls[id] = leaf.FileNullCount;
            if (leaf.Plan.Leaf.DataType is FloatType or DoubleType)
                nans[id] = leaf.FileNanCount;
            if (leaf.Bounds() is var (low, high))
            {
                lower[id] = low;
                upper[id] = high;
            }
        }
        return new ParquetWriteSummary(RowCount, _output.Written, _rowGroupOffsets.ToList(),
            new Dictionary<int, long>(_columnSizes), values, nulls, nans, lower, upper);
    }

    private void EnsureSameColumns(ArrowSchema schema)
    {
        if (ReferenceEquals(schema, Schema))
            return;
        var expected = Schema.FieldsList;
        var actual = schema.FieldsList;
        var same = expected.Count == actual.Count
            && expected.Zip(actual).All(p => p.First.Name == p.Second.Name && p.First.DataType.TypeId == p.Second.DataType.TypeId);
        if (!same)
            throw new ArgumentException(
                $"the batch's columns ({Describe(actual)}) are not the file's ({Describe(expected)})", "batch");
    }

    private static string Describe(IEnumerable<Field> fields) => string.Join(", ", fields.Select(f => $"{f.Name} {f.DataType.Name}"));

    private static CompressionMethod Method(ParquetCodec codec) => codec switch
    {
        ParquetCodec.None => CompressionMethod.None,
        ParquetCodec.Snappy => CompressionMethod.Snappy,
        ParquetCodec.Gzip => CompressionMethod.Gzip,
        ParquetCodec.Zstd => CompressionMethod.Zstd,
        ParquetCodec.Brotli => CompressionMethod.Brotli,
        ParquetCodec.Lz4Raw => CompressionMethod.Lz4Raw,
        _ => throw new ArgumentOutOfRangeException(nameof(codec), codec, null),
    };
}
