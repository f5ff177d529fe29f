using Lineage.Assets.Specs;
using Lineage.Lakehouse.Iceberg.Tables;

namespace Lineage.Workbench.Catalog.Rows;

/// <summary>A checked <see cref="TableScanRequest"/>: the asset's table, the partition key (null for the whole table), the scan and its columns.</summary>
public sealed record ResolvedScan(AssetSpec Spec, IcebergTable Table, string? Partition, string? Tag, IReadOnlyList<string> Columns, TableScanOptions Options);
