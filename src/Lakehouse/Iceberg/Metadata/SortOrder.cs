namespace Lineage.Lakehouse.Iceberg.Metadata;

/// <summary>A sort order of a table's data files; order 0 with no fields means unsorted.</summary>
public sealed record SortOrder(int OrderId, IReadOnlyList<SortField> Fields)
{
    public static SortOrder Unsorted { get; } = new(0, []);
}
