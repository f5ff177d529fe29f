namespace Lineage.Workbench.Catalog.Rows;

/// <summary>
/// Answers "give me these rows in this format" for the row download API, the Preview tab's Download menu and
/// <c>lineage export</c>: the request is checked (asset, partition, tag, columns, format) before anything is written.
/// </summary>
public sealed class TableRowsExport(TableScanResolver scans)
{
    public async Task<RowsExport> OpenAsync(TableScanRequest request, RowsFormat format, CancellationToken cancellationToken) =>
        new(await scans.ResolveAsync(request, cancellationToken), format);
}
