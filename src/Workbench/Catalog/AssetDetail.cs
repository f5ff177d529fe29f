namespace Lineage.Workbench.Catalog;

/// <summary>Everything declared about one asset: summary, schema with lineage, keys and checks.</summary>
public sealed record AssetDetail(
    AssetSummary Summary,
    IReadOnlyList<ColumnDetail> Columns,
    IReadOnlyList<string> KeyColumns,
    IReadOnlyList<string> PartitionColumns,
    IReadOnlyList<CheckDetail> Checks);
