namespace Lineage.Workbench.Catalog.Rows;

/// <summary>The address of <c>GET /api/assets/{key}/rows</c> for an asset's rows: a partition, a tag, some columns, a format.</summary>
public static class RowsDownloadLink
{
    public static string For(string assetKey, string? partition, string? tag, IReadOnlyList<string>? columns, RowsFormat format)
    {
        var path = string.Join('/', assetKey.Split('/').Select(Uri.EscapeDataString));
        var query = new List<string>();
        if (!string.IsNullOrEmpty(partition))
            query.Add($"partition={Uri.EscapeDataString(partition)}");
        if (!string.IsNullOrEmpty(tag))
            query.Add($"tag={Uri.EscapeDataString(tag)}");
        if (columns is { Count: > 0 })
            query.Add($"columns={string.Join(',', columns.Select(Uri.EscapeDataString))}");
        query.Add($"format={Name(format)}");
        return $"/api/assets/{path}/rows?{string.Join('&', query)}";
    }

    public static string Name(RowsFormat format) => format == RowsFormat.JsonLines ? "jsonl" : format.ToString().ToLowerInvariant();
}
