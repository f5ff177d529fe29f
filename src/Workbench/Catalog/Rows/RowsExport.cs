using Apache.Arrow;
using Lineage.Lakehouse.Arrow;

namespace Lineage.Workbench.Catalog.Rows;

/// <summary>
/// The rows of a resolved scan, ready to be written in one format: the scan runs only when they are written, one
/// batch at a time, so memory stays bounded by a batch whatever the size of the table.
/// </summary>
public sealed class RowsExport(ResolvedScan scan, RowsFormat format)
{
    public RowsFormat Format { get; } = format;

    public ResolvedScan Scan { get; } = scan;

    /// <summary>The Arrow schema of the rows: the chosen columns of the table's current schema, with their field ids.</summary>
    public Schema Schema { get; } = new(
        scan.Columns.Select(name => IcebergArrowSchema.ToArrow(scan.Table.Metadata.CurrentSchema.Fields.First(f => f.Name == name))), null);

    /// <summary>A file name saying what the rows are: <c>vqe_iterations-2026-11-19@tag.parquet</c>.</summary>
    public string FileName =>
        $"{Scan.Spec.Key.Name}{(Scan.Partition is null ? "" : "-" + Scan.Partition)}{(Scan.Tag is null ? "" : "@" + Scan.Tag)}.{Format.Extension()}";

    /// <summary>Scans the table and writes its rows; returns how many were written.</summary>
    public async Task<long> WriteToAsync(Stream output, CancellationToken cancellationToken)
    {
        long rows = 0;
        await using var writer = RowsWriters.Create(Format, output, Schema);
        await foreach (var batch in Scan.Table.ScanAsync(Scan.Options, cancellationToken))
        {
            using (batch)
            {
                await writer.WriteAsync(batch, cancellationToken);
                rows += batch.Length;
            }
        }
        await writer.FinishAsync(cancellationToken);
        return rows;
    }
}
