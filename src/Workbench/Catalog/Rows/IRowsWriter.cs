using Apache.Arrow;

namespace Lineage.Workbench.Catalog.Rows;

/// <summary>Writes record batches of one schema to a stream in one format; nothing is complete before <see cref="FinishAsync"/>.</summary>
public interface IRowsWriter : IAsyncDisposable
{
    Task WriteAsync(RecordBatch batch, CancellationToken cancellationToken);

    Task FinishAsync(CancellationToken cancellationToken);
}
