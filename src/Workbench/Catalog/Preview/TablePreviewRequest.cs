namespace Lineage.Workbench.Catalog.Preview;

/// <summary>
/// What to preview: an asset's table, optionally one partition (<c>yyyy-MM-dd</c>) and/or the snapshot a tag names,
/// some columns (all when null or empty) and a window of rows.
/// </summary>
public sealed record TablePreviewRequest(
    string Asset, string? Partition = null, string? Tag = null, IReadOnlyList<string>? Columns = null, int Offset = 0, int Limit = 50);
