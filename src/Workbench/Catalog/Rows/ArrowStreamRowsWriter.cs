using Apache.Arrow;
using Apache.Arrow.Ipc;

namespace Lineage.Workbench.Catalog.Rows;

/// <summary>Rows as an Arrow IPC stream: the schema, one message per batch, the end-of-stream marker.</summary>
internal sealed class ArrowStreamRowsWriter(Stream output, Schema schema) : IRowsWriter
{
    private readonly ArrowStreamWriter _writer = new(output, schema, leaveOpen: true);

    public Task WriteAsync(RecordBatch batch, CancellationToken cancellationToken) =>
        _writer.WriteRecordBatchAsync(batch, cancellationToken);

    public Task FinishAsync(CancellationToken cancellationToken) => _writer.WriteEndAsync(cancellationToken);

    public ValueTask DisposeAsync()
    {
        _writer.Dispose();
        return ValueTask.CompletedTask;
    }
}
