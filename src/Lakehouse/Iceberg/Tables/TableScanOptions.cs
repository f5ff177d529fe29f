using Lineage.Lakehouse.Parquet;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// What a scan reads: a snapshot (by id or by a branch/tag name; the current one by default), a projection of the
/// current schema's top-level columns, equality on partition source columns and column predicates. Predicates prune
/// files and row groups by their statistics; rows of what is kept are returned as stored, less those that position
/// or equality delete files remove.
/// </summary>
public sealed record TableScanOptions
{
    public long? SnapshotId { get; init; }

    /// <summary>A branch or tag name (e.g. <c>main</c>); ignored when <see cref="SnapshotId"/> is set.</summary>
    public string? Ref { get; init; }

    /// <summary>Top-level column names, in output order; null reads all columns.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>Source column name → value: only files of partitions holding that value are read.</summary>
    public IReadOnlyDictionary<string, object?> PartitionEquals { get; init; } = new Dictionary<string, object?>();

    public IReadOnlyList<ColumnPredicate> Filters { get; init; } = [];
}
