using Lineage.Lakehouse.Iceberg.Partitioning;

namespace Lineage.Lakehouse.Iceberg.Metadata;

/// <summary>A field of a sort order: transform of a source column, <c>asc</c>/<c>desc</c>, <c>nulls-first</c>/<c>nulls-last</c>.</summary>
public sealed record SortField(Transform Transform, int SourceId, string Direction, string NullOrder);
