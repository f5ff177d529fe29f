namespace Lineage.Assets.Partitions;

/// <summary>The set of partition keys an asset is split into.</summary>
public abstract class PartitionsDefinition
{
    /// <summary>A short label for display, e.g. <c>daily from 2026-11-18</c>.</summary>
    public abstract string Description { get; }

    /// <summary>All keys that exist as of <paramref name="asOf"/> (UTC date), in order.</summary>
    public abstract IReadOnlyList<string> GetKeys(DateOnly asOf);

    /// <summary>True when <paramref name="key"/> is a well-formed key of this definition.</summary>
    public abstract bool IsValidKey(string key);

    /// <summary>The keys from <paramref name="range"/>'s start to its end, both included, in order.</summary>
    public abstract IReadOnlyList<string> GetKeysInRange(PartitionKeyRange range);
}
