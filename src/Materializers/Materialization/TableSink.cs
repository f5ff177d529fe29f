using Apache.Arrow;
using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Materialization;

/// <summary>
/// Rows on their way into one table's new data files: built in <see cref="Rows"/>, handed to the data file writer
/// every <c>batchRows</c> rows (or sooner when they hold many bytes), so memory holds one batch and the open row
/// groups, never the partition.
/// </summary>
internal sealed class TableSink(TableDefinition definition, IcebergTable table, int batchRows) : IAsyncDisposable
{
    /// <summary>A batch is handed over once its rows reach this size, however few they are (long strings).</summary>
    private const long MaxBatchBytes = 4L * 1024 * 1024;

    private readonly DataFileWriter _writer = table.NewDataFileWriter();

    public TableDefinition Definition { get; } = definition;

    public IcebergTable Table { get; } = table;

    public TableRows Rows { get; } = new(definition.Name, definition.ArrowSchema);

    /// <summary>Rows handed to the writer plus rows still being built.</summary>
    public long RowCount => _writer.RowCount + Rows.RowCount;

    /// <summary>Hands the built rows to the writer once a batch is full.</summary>
    public async ValueTask FlushIfFullAsync(CancellationToken cancellationToken)
    {
        if (Rows.RowCount < batchRows && Rows.BufferedBytes < MaxBatchBytes)
            return;
        await _writer.WriteAsync(Rows.TakeBatch(), cancellationToken);
    }

    public Task WriteAsync(RecordBatch batch, CancellationToken cancellationToken) => _writer.WriteAsync(batch, cancellationToken);

    /// <summary>Writes what is left and closes the files.</summary>
    public async Task<IReadOnlyList<DataFile>> FinishAsync(CancellationToken cancellationToken)
    {
        if (Rows.RowCount > 0)
            await _writer.WriteAsync(Rows.TakeBatch(), cancellationToken);
        return await _writer.FinishAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
