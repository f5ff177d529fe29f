using Apache.Arrow;
using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Materialization;

/// <summary>
/// Rows on their way into one table's new data files: built in <see cref="Rows"/>, handed to the data file writer
/// every <c>batchRows</c> rows (or sooner when they hold many bytes) — in the middle of one raw record's rows when it
/// is long — so memory holds one batch and the open row groups, never the partition nor one whole record's rows. A handed-over batch is written on another thread while the next one is built (one
/// batch in flight per table): encoding and compression overlap with building rows. The sink owns the batches handed
/// to it: each is disposed once written (the writer keeps copies of its values), so its pooled buffers serve the next.
/// </summary>
internal sealed class TableSink : IAsyncDisposable
{
    /// <summary>A batch is handed over once its rows reach this size, however few they are (long strings).</summary>
    private const long MaxBatchBytes = 4L * 1024 * 1024;

    private readonly DataFileWriter _writer;
    private readonly CancellationToken _cancellation;
    private Task _inFlight = Task.CompletedTask;
    private long _rowsHandedOver;

    public TableSink(TableDefinition definition, IcebergTable table, int batchRows, CancellationToken cancellationToken)
    {
        Definition = definition;
        Table = table;
        _writer = table.NewDataFileWriter();
        _cancellation = cancellationToken;
        Rows = new TableRows(definition.Name, definition.ArrowSchema);
        Rows.WhenFull(batchRows, MaxBatchBytes, HandOverFull);
    }

    public TableDefinition Definition { get; }

    public IcebergTable Table { get; }

    public TableRows Rows { get; }

    /// <summary>Rows handed to the writer plus rows still being built.</summary>
    public long RowCount => _rowsHandedOver + Rows.RowCount;

    public Task WriteAsync(RecordBatch batch, CancellationToken cancellationToken) => HandOverAsync(batch, cancellationToken);

    /// <summary>Writes what is left and closes the files.</summary>
    public async Task<IReadOnlyList<DataFile>> FinishAsync(CancellationToken cancellationToken)
    {
        if (Rows.RowCount > 0)
            await HandOverAsync(Rows.TakeBatch(), cancellationToken);
        await _inFlight;
        return await _writer.FinishAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _inFlight;
        }
        catch
        {
            // The failure already reached whoever handed the batch over (or finished); disposing only closes the files.
        }
        await _writer.DisposeAsync();
    }

    /// <summary>
    /// A batch filled while rows are being appended (a synchronous call): waits here for the batch in flight, so a
    /// builder never runs more than one batch ahead of the writer.
    /// </summary>
    private void HandOverFull()
    {
        _inFlight.GetAwaiter().GetResult();
        StartWriting(Rows.TakeBatch(), _cancellation);
    }

    /// <summary>Waits for the batch in flight (surfacing its failure) and starts writing this one.</summary>
    private async Task HandOverAsync(RecordBatch batch, CancellationToken cancellationToken)
    {
        await _inFlight;
        StartWriting(batch, cancellationToken);
    }

    private void StartWriting(RecordBatch batch, CancellationToken cancellationToken)
    {
        _rowsHandedOver += batch.Length;
        _inFlight = Task.Run(async () =>
        {
            using (batch)
                await _writer.WriteAsync(batch, cancellationToken);
        }, cancellationToken);
    }
}
