using Lineage.Lakehouse.Iceberg.Manifests;
using Apache.Arrow;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// Streams rows into a table's data files, one file per partition tuple, without committing them: hand
/// <see cref="FinishAsync"/>'s files to a commit. Disposing without finishing leaves only unreferenced files (orphans).
/// </summary>
public sealed class DataFileWriter : IAsyncDisposable
{
    private readonly PartitionedFileWriter _writer;

    internal DataFileWriter(PartitionedFileWriter writer) => _writer = writer;

    /// <summary>Rows written so far.</summary>
    public long RowCount { get; private set; }

    /// <summary>Writes the batch's rows; columns are matched by name, missing optional columns are nulls.</summary>
    public async Task WriteAsync(RecordBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await _writer.WriteAsync(batch, cancellationToken);
        RowCount += batch.Length;
    }

    /// <summary>Closes every file and describes it for a manifest.</summary>
    public Task<IReadOnlyList<DataFile>> FinishAsync(CancellationToken cancellationToken = default) => _writer.FinishAsync(cancellationToken);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
