using Apache.Arrow;
using Lineage.Lakehouse.Parquet;

namespace Lineage.Workbench.Catalog.Rows;

/// <summary>Rows as one Parquet file, written by the Lakehouse's Arrow writer (field ids, statistics, row groups by size).</summary>
internal sealed class ParquetRowsWriter(Stream output, Schema schema) : IRowsWriter
{
    private ArrowParquetWriter? _writer;

    public async Task WriteAsync(RecordBatch batch, CancellationToken cancellationToken) =>
        await (await WriterAsync(cancellationToken)).WriteAsync(batch, cancellationToken);

    public async Task FinishAsync(CancellationToken cancellationToken) =>
        await (await WriterAsync(cancellationToken)).FinishAsync(cancellationToken);

    public ValueTask DisposeAsync() => _writer?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task<ArrowParquetWriter> WriterAsync(CancellationToken cancellationToken) =>
        _writer ??= await ArrowParquetWriter.CreateAsync(output, schema, new ArrowParquetWriterOptions(), cancellationToken);
}
