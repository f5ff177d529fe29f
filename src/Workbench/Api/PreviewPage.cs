using System.Text.Json;

namespace Lineage.Workbench.Api;

/// <summary>A page of an asset's table rows, one JSON object per row holding only the requested columns.</summary>
public sealed record PreviewPage(
    string Asset, string? Partition, string? Tag, IReadOnlyList<PreviewColumn> Columns, IReadOnlyList<JsonElement> Rows,
    int Offset, int Limit, bool HasMore);
