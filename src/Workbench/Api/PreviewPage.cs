using System.Text.Json;

namespace Lineage.Workbench.Api;

/// <summary>A page of an asset's table rows, one JSON object per row holding only the requested columns.</summary>
public sealed record PreviewPage(
    string Asset, string? Partition, string? Tag, IReadOnlyList<PreviewColumn> Columns, IReadOnlyList<JsonElement> Rows,
    int Offset, int Limit, bool HasMore)
{
    /// <summary>
    /// Rows of the partition (or of the whole table) at the previewed snapshot, from the catalog's materializations or
    /// the snapshot summary; null when neither knows.
    /// </summary>
    public long? RowCount { get; init; }
}
