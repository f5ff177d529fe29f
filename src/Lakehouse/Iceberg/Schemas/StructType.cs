namespace Lineage.Lakehouse.Iceberg.Schemas;

/// <summary>A tuple of named, typed fields.</summary>
public sealed record StructType(IReadOnlyList<NestedField> Fields) : IcebergType
{
    public static StructType Empty { get; } = new([]);

    /// <summary>The field named <paramref name="name"/> directly in this struct, or null.</summary>
    public NestedField? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public override string ToString() => $"struct<{string.Join(", ", Fields.Select(f => $"{f.Name}: {f.Type}"))}>";

    public bool Equals(StructType? other) => other is not null && Fields.SequenceEqual(other.Fields);

    public override int GetHashCode() => Fields.Aggregate(17, (hash, field) => HashCode.Combine(hash, field));
}
