namespace Lineage.Lakehouse.Iceberg.Metadata;

/// <summary>A sort order of a table's data files; order 0 with no fields means unsorted.</summary>
public sealed record SortOrder(int OrderId, IReadOnlyList<SortField> Fields)
{
    public static SortOrder Unsorted { get; } = new(0, []);

    public bool Equals(SortOrder? other) => other is not null && OrderId == other.OrderId && Fields.SequenceEqual(other.Fields);

    public override int GetHashCode() => Fields.Aggregate(OrderId, HashCode.Combine);
}
