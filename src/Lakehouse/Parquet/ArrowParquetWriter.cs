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
/// row group. The file's Parquet.Net schema is settled when the first row group is written: by then the writer has
/// seen which string columns repeat enough for a dictionary. <see cref="FinishAsync"/> writes the footer and returns
/// the file's Iceberg metrics; disposing without finishing leaves an incomplete file.
/// </summary>
public sealed class ArrowParquetWriter : IAsyncDisposable
{
    /// <summary>Rows shredded between two checks of the row-group size, so one large batch still cuts row groups.</summary>
    private const int SliceRows = 64 * 1024;

    private readonly CountingWriteStream _output;
    private readonly ArrowParquetWriterOptions _options;
    private readonly LeafBuffer[] _leaves;
    private readonly LeafShredder _shredder = new();
    private readonly List<long> _rowGroupOffsets = [];
    private readonly Dictionary<int, long> _columnSizes = [];
    private ParquetNetWriter? _writer;
    private long _bufferedRows;
    private ParquetWriteSummary? _summary;

    private ArrowParquetWriter(Stream output, ArrowSchema schema, ParquetNetSchema layout, ArrowParquetWriterOptions options)
    {
        _output = new CountingWriteStream(output);
        Schema = schema;
        _options = options;
        _leaves = layout.Leaves.Select(LeafBuffers.Create).ToArray();
    }

    public ArrowSchema Schema { get; }

    /// <summary>Rows written so far, including those still buffered in the current row group.</summary>
    public long RowCount { get; private set; }

    /// <exception cref="NotSupportedException">The schema has a type the writer cannot store (a map, fixed other than uuid…).</exception>
    public static Task<ArrowParquetWriter> CreateAsync(Stream output, ArrowSchema schema, ArrowParquetWriterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        return Task.FromResult(new ArrowParquetWriter(output, schema, ParquetNetSchema.From(schema), options));
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
            if (BufferedBytes >= _options.RowGroupSize)
                await WriteRowGroupAsync(cancellationToken);
        }
    }

    /// <summary>About how many bytes the rows of the open row group hold.</summary>
    public long BufferedBytes => _leaves.Sum(l => l.EstimatedBytes);

    /// <summary>Writes the buffered rows as a row group now, before it is full (a caller bounding the memory of many open files).</summary>
    public async Task FlushRowGroupAsync(CancellationToken cancellationToken = default)
    {
        if (_summary is not null)
            throw new InvalidOperationException("The Parquet file is already finished.");
        if (_bufferedRows > 0)
            await WriteRowGroupAsync(cancellationToken);
    }

    /// <summary>Writes the last row group and the footer, flushes the output (left open) and returns what was written.</summary>
    public async Task<ParquetWriteSummary> FinishAsync(CancellationToken cancellationToken = default)
    {
        if (_summary is not null)
            return _summary;
        if (_bufferedRows > 0)
            await WriteRowGroupAsync(cancellationToken);
        await (await OpenAsync(cancellationToken)).DisposeAsync();
        await _output.FlushOutputAsync(cancellationToken);
        return _summary = Summarize();
    }

    /// <summary>Nothing is held but managed buffers; the output stream is the caller's.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task WriteRowGroupAsync(CancellationToken cancellationToken)
    {
        var writer = await OpenAsync(cancellationToken);
        _rowGroupOffsets.Add(_output.Written);
        using (var rowGroup = writer.CreateRowGroup())
        {
            var chunks = ParquetNetInternals.FooterRowGroups(writer)[^1].Columns;
            for (var i = 0; i < _leaves.Length; i++)
            {
                var leaf = _leaves[i];
                var before = _output.Written;
                await leaf.WriteAsync(rowGroup, cancellationToken);
                if (leaf.Plan.FieldId is { } id)
                    _columnSizes[id] = _columnSizes.GetValueOrDefault(id) + _output.Written - before;
                if (leaf is StringLeafBuffer { WritesText: false, ChunkBounds: var (min, max) })
                    ParquetNetInternals.SetMinMax(chunks[i], min, max);
                leaf.Clear();
            }
            rowGroup.CompleteValidate();
        }
        _bufferedRows = 0;
    }

    /// <summary>
    /// The Parquet.Net writer, created with the first row group (or the footer of an empty file): string columns whose
    /// first values repeat get a dictionary-encoded string field, the others a byte-array field annotated as a string.
    /// </summary>
    private async Task<ParquetNetWriter> OpenAsync(CancellationToken cancellationToken)
    {
        if (_writer is not null)
            return _writer;
        var dictionaryLeaves = _options.Dictionary
            ? Enumerable.Range(0, _leaves.Length).Where(i => _leaves[i] is StringLeafBuffer strings && strings.Plan.IsTopLevel && strings.Repeats()).ToHashSet()
            : [];
        var layout = ParquetNetSchema.From(Schema, dictionaryLeaves);
        for (var i = 0; i < _leaves.Length; i++)
            _leaves[i].Bind(layout.Leaves[i]);
        // Parquet.Net 6.1 defaults to its smallest-size level (ZSTD 19: some forty times slower than ZSTD's default 3).
        var parquetOptions = ParquetNetOptions.ForWriting();
        parquetOptions.CompressionMethod = Method(_options.Codec);
        parquetOptions.CompressionLevel = System.IO.Compression.CompressionLevel.Optimal;
        foreach (var i in dictionaryLeaves)
            parquetOptions.ColumnEncodingHints[layout.Leaves[i].Field.Path.ToString()] = EncodingHint.Dictionary;
        var writer = await ParquetNetWriter.CreateAsync(layout.Schema, _output, parquetOptions, append: false, cancellationToken);
        if (_options.KeyValueMetadata.Count > 0)
            writer.CustomMetadata = _options.KeyValueMetadata;
        var elements = ParquetNetInternals.FooterSchema(writer);
        for (var i = 0; i < layout.ElementIds.Count; i++)
        {
            if (layout.ElementIds[i] is { } id)
                elements[i + 1].FieldId = id;
            if (layout.ElementTimestamps[i] is { } timestamp)
                ParquetNetInternals.AnnotateMicrosecondTimestamp(elements[i + 1], adjustedToUtc: !string.IsNullOrEmpty(timestamp.Timezone));
            if (layout.ElementByteStrings[i])
                ParquetNetInternals.AnnotateString(elements[i + 1]);
        }
        return _writer = writer;
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
