using System.Buffers;
using Lineage.Lakehouse.Buffers;
using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Encodings;
using Lineage.Lakehouse.Parquet.Levels;
using Lineage.Lakehouse.Parquet.Metadata;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Parquet.Writing;

/// <summary>
/// Writes a Parquet file to a stream, batch by batch. Pages are encoded as batches arrive; a row group is written
/// once its buffered size reaches <see cref="ParquetWriterOptions.RowGroupSize"/>, so memory is bounded by one row group.
/// Call <see cref="FinishAsync"/> to write the footer; disposing without finishing leaves an incomplete file.
/// </summary>
public sealed class ParquetWriter : IAsyncDisposable
{
    private readonly Stream _output;
    private readonly ParquetWriterOptions _options;
    private readonly ColumnChunkWriter[] _columns;
    private readonly int[] _topLevelIndex;
    private readonly List<RowGroup> _rowGroups = [];
    private long _position;
    private long _bufferedRows;
    private bool _started;
    private bool _finished;

    public ParquetWriter(Stream output, ParquetSchema schema, ParquetWriterOptions? options = null)
    {
        _output = output;
        Schema = schema;
        _options = options ?? new ParquetWriterOptions();
        _columns = schema.Leaves.Select(leaf => new ColumnChunkWriter(leaf, _options)).ToArray();
        _topLevelIndex = schema.Leaves.Select(leaf => schema.IndexOf(leaf.TopLevel.Name)).ToArray();
    }

    public ParquetSchema Schema { get; }

    /// <summary>Rows written so far, including those still buffered in the current row group.</summary>
    public long RowCount { get; private set; }

    /// <summary>The footer written by <see cref="FinishAsync"/> (row groups, column statistics), or null before.</summary>
    public FileMetaData? Footer { get; private set; }

    /// <summary>Bytes written to the stream so far (the last row group may still be buffered).</summary>
    public long BytesWritten => _position;

    public ValueTask WriteAsync(RecordBatch batch, CancellationToken cancellationToken = default) =>
        WriteRowsAsync(batch, 0, batch.RowCount, cancellationToken);

    /// <summary>Writes the batch's rows <paramref name="start"/> .. <paramref name="start"/> + <paramref name="count"/> (a partition's run of a mixed batch).</summary>
    internal async ValueTask WriteRowsAsync(RecordBatch batch, int start, int count, CancellationToken cancellationToken = default)
    {
        if (_finished)
            throw new InvalidOperationException("The Parquet file is already finished.");
        if (!ReferenceEquals(batch.Schema, Schema) && batch.Schema.Fields.Count != Schema.Fields.Count)
            throw new ArgumentException("The batch does not have the writer's schema.", nameof(batch));
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, batch.RowCount - start);
        await StartAsync(cancellationToken);
        foreach (var leaf in Schema.Leaves)
        {
            var shredded = PageScratch.ForCurrentThread.Levels;
            LevelShredder.Shred(leaf, batch.Columns[_topLevelIndex[leaf.Index]], start, count, shredded);
            _columns[leaf.Index].Add(shredded);
            shredded.Reset(PageScratch.NoBatch);
        }
        _bufferedRows += count;
        RowCount += count;
        if (_columns.Sum(c => c.BufferedBytes) >= _options.RowGroupSize)
            await WriteRowGroupAsync(cancellationToken);
    }

    /// <summary>Writes the last row group and the footer. The stream is left open.</summary>
    public async ValueTask FinishAsync(CancellationToken cancellationToken = default)
    {
        if (_finished)
            return;
        await StartAsync(cancellationToken);
        if (_bufferedRows > 0)
            await WriteRowGroupAsync(cancellationToken);
        var metadata = new FileMetaData
        {
            Version = _options.PageVersion == DataPageVersion.V2 ? 2 : 1,
            Schema = SchemaWriter.ToElements(Schema),
            NumRows = RowCount,
            RowGroups = _rowGroups,
            KeyValueMetadata = _options.KeyValueMetadata.Count == 0
                ? null
                : [.. _options.KeyValueMetadata.Select(p => new KeyValue { Key = p.Key, Value = p.Value })],
            CreatedBy = _options.CreatedBy,
            ColumnOrders = [.. Schema.Leaves.Select(_ => ColumnOrder.TypeDefined)],
        };
        using var footer = new PooledBufferWriter(16 * 1024);
        ParquetFooter.Write(metadata, footer);
        var length = footer.WrittenCount;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(footer.GetSpan(4), length);
        footer.Advance(4);
        footer.Write(ParquetFooter.Magic);
        await WriteAsync(footer.WrittenMemory, cancellationToken);
        await _output.FlushAsync(cancellationToken);
        Footer = metadata;
        _finished = true;
    }

    /// <summary>Nothing is held but managed buffers; disposing marks the end of the writer's use (the stream is the caller's).</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async ValueTask StartAsync(CancellationToken cancellationToken)
    {
        if (_started)
            return;
        _started = true;
        await WriteAsync(ParquetFooter.Magic.ToArray(), cancellationToken);
    }

    private async ValueTask WriteRowGroupAsync(CancellationToken cancellationToken)
    {
        var start = _position;
        var chunks = new List<ColumnChunk>(_columns.Length);
        foreach (var column in _columns)
        {
            var chunk = await column.WriteChunkAsync(_output, _position, cancellationToken);
            _position += chunk.MetaData!.TotalCompressedSize;
            chunks.Add(chunk);
        }
        _rowGroups.Add(new RowGroup
        {
            Columns = chunks,
            TotalByteSize = chunks.Sum(c => c.MetaData!.TotalUncompressedSize),
            NumRows = _bufferedRows,
            FileOffset = start,
            TotalCompressedSize = _position - start,
            Ordinal = (short)_rowGroups.Count,
        });
        _bufferedRows = 0;
    }

    private async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await _output.WriteAsync(bytes, cancellationToken);
        _position += bytes.Length;
    }
}
