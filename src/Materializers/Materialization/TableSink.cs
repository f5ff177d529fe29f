using Apache.Arrow;
using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Materialization;

/// <summary>
/// Rows on their way into one table's new data files: built in <see cref="Rows"/>, handed to the data file writer
/// every <c>batchRows</c> rows (or sooner when they hold many bytes), so memory holds one batch and the open row
/// groups, never the partition. A handed-over batch is written on another thread while the next one is built (one
/// batch in flight per table): encoding and compression overlap with building rows. The sink owns the batches handed
/// to it: each is disposed once written (the writer keeps copies of its values), so its pooled buffers serve the next.
/// </summary>
internal sealed class TableSink(TableDefinition definition, IcebergTable table, int batchRows) : IAsyncDisposable
{
    /// <summary>A batch is handed over once its rows reach this size, however few they are (long strings).</summary>
    private const long MaxBatchBytes = 4L * 1024 * 1024;

    private readonly DataFileWriter _writer = table.NewDataFileWriter();
    private Task _inFlight = Task.CompletedTask;
    private long _rowsHandedOver;

    public TableDefinition Definition { get; } = definition;

    public IcebergTable Table { get; } = table;

    public TableRows Rows { get; } = new(definition.Name, definition.ArrowSchema);

    /// <summary>Rows handed to the writer plus rows still being built.</summary>
    public long RowCount => _rowsHandedOver + Rows.RowCount;

    /// <summary>Hands the built rows to the writer once a batch is full.</summary>
    public async ValueTask FlushIfFullAsync(CancellationToken cancellationToken)
    {
        if (Rows.RowCount < batchRows && Rows.BufferedBytes < MaxBatchBytes)
            return;
        await HandOverAsync(Rows.TakeBatch(), cancellationToken);
    }

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

    /// <summary>Waits for the batch in flight (surfacing its failure) and starts writing this one.</summary>
    private async Task HandOverAsync(RecordBatch batch, CancellationToken cancellationToken)
    {
        await _inFlight;
        _rowsHandedOver += batch.Length;
        _inFlight = Task.Run(async () =>
        {
            using (batch)
                await _writer.WriteAsync(batch, cancellationToken);
        }, cancellationToken);
    }
}
