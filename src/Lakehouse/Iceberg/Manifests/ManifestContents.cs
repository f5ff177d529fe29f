using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>What a manifest holds: the schema and spec from its header (when present), its version and content, and its entries.</summary>
internal sealed record ManifestContents(
    IcebergSchema? Schema,
    PartitionSpec? Spec,
    int FormatVersion,
    ManifestContent Content,
    IReadOnlyList<ManifestEntry> Entries);
