using Lineage.Assets.Specs;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Workbench.Api;
using Lineage.Workbench.Catalog.Rows;
using Lineage.Workbench.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Catalog.Preview;

/// <summary>
/// Pages through an asset's table rows for the preview API and the asset page: one partition and/or a tagged snapshot,
/// only the asked columns, only the rows of the page. Row counts come from the catalog's materializations or the
/// snapshot summary, never from a scan.
/// </summary>
public sealed class TablePreview(TableScanResolver scans, CatalogDbContextFactory contexts)
{
    public const int MaxLimit = 500;

    public async Task<PreviewPage> ReadAsync(TablePreviewRequest request, CancellationToken cancellationToken)
    {
        if (request.Offset < 0)
            throw new ArgumentException($"offset {request.Offset} is negative; the first row is offset=0");
        if (request.Limit is < 1 or > MaxLimit)
            throw new ArgumentException($"limit {request.Limit} is out of range; ask for 1 to {MaxLimit} rows");
        var scan = await scans.ResolveAsync(new TableScanRequest(request.Asset, request.Partition, request.Tag, request.Columns), cancellationToken);
        var page = await TableRowPage.ReadAsync(scan.Table, scan.Options, request.Offset, request.Limit, cancellationToken);
        var rowCount = scan.Partition is null
            ? SnapshotRows(scan.Table, request.Tag)
            : await PartitionRowsAsync(scan.Spec, scan.Partition, request.Tag, cancellationToken);
        return new PreviewPage(scan.Spec.Key.Value, scan.Partition, request.Tag, Describe(scan.Spec, scan.Table, scan.Columns), page.Rows, page.Offset, page.Limit, page.HasMore)
        {
            RowCount = rowCount,
        };
    }

    /// <summary>The table's columns in schema order; the declared ones when it was never materialized.</summary>
    public async Task<IReadOnlyList<PreviewColumn>> ColumnsAsync(string asset, CancellationToken cancellationToken)
    {
        var spec = scans.TableSpec(asset);
        var table = await scans.TryLoadAsync(spec, cancellationToken);
        return table is null
            ? spec.Columns.Select(c => new PreviewColumn(c.Name, c.Type.ToString())).ToList()
            : Describe(spec, table, table.Metadata.CurrentSchema.Fields.Select(f => f.Name).ToList());
    }

    /// <summary>The partitions the catalog holds a materialization of, newest first.</summary>
    public async Task<IReadOnlyList<string>> PartitionsAsync(string asset, CancellationToken cancellationToken)
    {
        var key = scans.TableSpec(asset).Key.Value;
        await using var db = await contexts.OpenAsync(cancellationToken);
        var partitions = await db.Materializations.AsNoTracking()
            .Where(m => m.AssetKey == key)
            .Select(m => m.Partition)
            .Distinct()
            .ToListAsync(cancellationToken);
        return partitions.OrderDescending(StringComparer.Ordinal).ToList();
    }

    /// <summary>The materializations of one partition that committed a snapshot, newest first: the snapshots a preview can pin by tag.</summary>
    public async Task<IReadOnlyList<PartitionSnapshot>> SnapshotsAsync(string asset, string partition, CancellationToken cancellationToken)
    {
        var key = scans.TableSpec(asset).Key.Value;
        var day = TableScanResolver.PartitionKey(partition);
        await using var db = await contexts.OpenAsync(cancellationToken);
        var rows = await db.Materializations.AsNoTracking()
            .Where(m => m.AssetKey == key && m.Partition == day && m.SnapshotId != null)
            .Select(m => new { m.Id, m.Tag, m.BatchId, m.SnapshotId, m.SequenceNumber, m.Rows, m.StartedAt })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(m => m.SequenceNumber).ThenByDescending(m => m.Id)
            .Select(m => new PartitionSnapshot(m.Tag!, m.BatchId, m.SnapshotId!.Value, m.Rows, m.StartedAt))
            .ToList();
    }

    private static IReadOnlyList<PreviewColumn> Describe(AssetSpec spec, IcebergTable table, IReadOnlyList<string> names) =>
        names.Select(n => new PreviewColumn(n, spec.FindColumn(n)?.Type.ToString() ?? table.Metadata.CurrentSchema.FindField(n)!.Type.ToString()!)).ToList();

    private static long? SnapshotRows(IcebergTable table, string? tag)
    {
        var snapshotId = tag is null ? table.Metadata.CurrentSnapshotId : table.Metadata.Refs[tag].SnapshotId;
        var snapshot = table.Metadata.Snapshots.FirstOrDefault(s => s.SnapshotId == snapshotId);
        return snapshot?.Summary.GetValueOrDefault("total-records") is { } total && long.TryParse(total, out var rows) ? rows : null;
    }

    /// <summary>
    /// The rows of the partition's materialization the snapshot holds: the tagged one, or the newest one committed
    /// no later than the tagged snapshot (a tag of another partition), or the newest one without a tag.
    /// </summary>
    private async Task<long?> PartitionRowsAsync(AssetSpec spec, string partition, string? tag, CancellationToken cancellationToken)
    {
        var snapshots = await SnapshotsAsync(spec.Key.Value, partition, cancellationToken);
        if (tag is null)
            return snapshots.FirstOrDefault()?.Rows;
        if (snapshots.FirstOrDefault(s => s.Tag == tag) is { } own)
            return own.Rows;
        await using var db = await contexts.OpenAsync(cancellationToken);
        var key = spec.Key.Value;
        var tagged = await db.Materializations.AsNoTracking()
            .Where(m => m.AssetKey == key && m.Tag == tag)
            .Select(m => new { m.StartedAt })
            .ToListAsync(cancellationToken);
        return tagged.Count == 0 ? null : snapshots.FirstOrDefault(s => s.StartedAt <= tagged[0].StartedAt)?.Rows;
    }
}
