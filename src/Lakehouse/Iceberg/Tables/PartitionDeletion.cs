using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// Which live data files a snapshot deletes: those in exact partition tuples, and those whose partition has given
/// values at some positions (every <c>processing_date = D</c> file, whatever its other partition values).
/// </summary>
internal sealed class PartitionDeletion
{
    private readonly StructType _partitionType;
    private readonly HashSet<PartitionData> _tuples;
    private readonly IReadOnlyList<(int Position, object? Value)> _constraints;

    private PartitionDeletion(StructType partitionType, HashSet<PartitionData> tuples, IReadOnlyList<(int Position, object? Value)> constraints)
    {
        _partitionType = partitionType;
        _tuples = tuples;
        _constraints = constraints;
    }

    public static PartitionDeletion Create(
        StructType partitionType, IEnumerable<PartitionData>? tuples, IReadOnlyList<(int Position, object? Value)>? constraints) =>
        new(partitionType,
            tuples?.Select(p => PartitionTuples.Normalize(partitionType, p)).ToHashSet() ?? [],
            constraints ?? []);

    public bool IsEmpty => _tuples.Count == 0 && _constraints.Count == 0;

    public bool MayBeIn(ManifestFile manifest) =>
        (_tuples.Count > 0 && PartitionTuples.MayContainAny(manifest, _partitionType, _tuples))
        || (_constraints.Count > 0 && PartitionTuples.MayContain(manifest, _partitionType, _constraints));

    public bool Matches(PartitionData partition)
    {
        var normalized = PartitionTuples.Normalize(_partitionType, partition);
        return _tuples.Contains(normalized) || (_constraints.Count > 0 && SatisfiesConstraints(normalized));
    }

    /// <summary>Whether the partition has the constrained values (true when there are no constraints).</summary>
    public bool SatisfiesConstraints(PartitionData partition)
    {
        var normalized = PartitionTuples.Normalize(_partitionType, partition);
        return _constraints.All(c => PartitionTuples.SameValue(_partitionType, c.Position, normalized.Values[c.Position], c.Value));
    }
}
