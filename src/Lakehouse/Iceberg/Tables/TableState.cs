using Lineage.Lakehouse.Iceberg.Metadata;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>One committed version of a table: its metadata and the N of <c>v&lt;N&gt;.metadata.json</c>.</summary>
internal sealed record TableState(TableMetadata Metadata, int Version);
