using Apache.Arrow;

namespace Lineage.Materializers.Tables.Ml;

/// <summary>Rows being built for a sink: full batches go out as they fill, the rest on <see cref="FlushAsync"/>.</summary>
internal sealed class BatchedRows(TableRows rows, int batchRows, Func<RecordBatch, CancellationToken, Task> sink)
{
    public TableRows Rows { get; } = rows;

    public long Written { get; private set; }

    /// <summary>Call after each completed row.</summary>
    public Task RowEndedAsync(CancellationToken cancellationToken) =>
        Rows.RowCount >= batchRows ? FlushAsync(cancellationToken) : Task.CompletedTask;

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (Rows.RowCount == 0)
            return;
        var count = Rows.RowCount;
        await sink(Rows.TakeBatch(), cancellationToken);
        Written += count;
    }
}
