namespace Lineage.Workbench.Catalog;

/// <summary>Where a column comes from (down to the raw JSON paths) and which columns it feeds.</summary>
public sealed record ColumnLineageDetail(
    string Asset,
    string Column,
    IReadOnlyList<ColumnPointer> Upstream,
    IReadOnlyList<ColumnPointer> Downstream);
