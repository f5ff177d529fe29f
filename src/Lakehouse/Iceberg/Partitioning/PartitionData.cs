namespace Lineage.Lakehouse.Iceberg.Partitioning;

/// <summary>A partition tuple: one value (canonical .NET form, or null) per field of the partition spec, in spec order.</summary>
public sealed class PartitionData : IEquatable<PartitionData>
{
    public PartitionData(IReadOnlyList<object?> values)
    {
        Values = values;
    }

    public static PartitionData Empty { get; } = new([]);

    public IReadOnlyList<object?> Values { get; }

    public object? this[int position] => Values[position];

    public bool Equals(PartitionData? other) =>
        other is not null && Values.Count == other.Values.Count
        && Values.Zip(other.Values).All(p => p.First is byte[] a && p.Second is byte[] b ? a.AsSpan().SequenceEqual(b) : Equals(p.First, p.Second));

    public override bool Equals(object? obj) => Equals(obj as PartitionData);

    public override int GetHashCode() => Values.Aggregate(Values.Count, (hash, v) => HashCode.Combine(hash, v is byte[] ? 1 : v?.GetHashCode() ?? 0));

    public override string ToString() => $"({string.Join(", ", Values.Select(v => v ?? "null"))})";
}
