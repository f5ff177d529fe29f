namespace Lineage.Workbench.Catalog.Rows;

/// <summary>What a reader of an asset's rows asks for: one partition or the whole table, a tagged snapshot or the current one, some columns or all.</summary>
public sealed record TableScanRequest(string Asset, string? Partition = null, string? Tag = null, IReadOnlyList<string>? Columns = null)
{
    /// <summary>The columns of a comma-separated list (<c>a,b</c>); null when none are named.</summary>
    public static IReadOnlyList<string>? ParseColumns(string? columns) =>
        columns?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } names ? names : null;
}
