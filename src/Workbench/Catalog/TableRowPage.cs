using System.Text.Json;
using Lineage.Lakehouse.Iceberg.Tables;

namespace Lineage.Workbench.Catalog;

/// <summary>
/// A page of a table scan's rows as JSON objects. The scan stops at the first batch that reaches past the page,
/// so a page near the start reads only the batches it needs.
/// </summary>
public sealed record TableRowPage(IReadOnlyList<JsonElement> Rows, int Offset, int Limit, bool HasMore)
{
    public static async Task<TableRowPage> ReadAsync(
        IcebergTable table, TableScanOptions options, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        using var rows = new RowJsonCollector();
        var skipped = 0;
        var hasMore = false;
        await foreach (var batch in table.ScanAsync(options, cancellationToken))
        {
            var start = Math.Min(batch.Length, offset - skipped);
            skipped += start;
            var take = Math.Min(batch.Length - start, limit - rows.Count);
            rows.Add(batch, start, take);
            if (start + take < batch.Length)
            {
                hasMore = true;
                break;
            }
        }
        return new TableRowPage(rows.ToRows(), offset, limit, hasMore);
    }
}
