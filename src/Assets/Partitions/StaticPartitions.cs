namespace Lineage.Assets.Partitions;

/// <summary>A fixed, ordered list of partition keys (e.g. basis sets), for a second partition dimension.</summary>
public sealed class StaticPartitions : PartitionsDefinition
{
    private readonly List<string> _keys;

    public StaticPartitions(IEnumerable<string> keys)
    {
        _keys = [.. keys];
        var duplicate = _keys.GroupBy(k => k).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new PartitionKeyException($"Static partition key '{duplicate.Key}' is listed twice.");
        if (_keys.Any(string.IsNullOrWhiteSpace))
            throw new PartitionKeyException("Static partition keys must not be empty.");
    }

    public IReadOnlyList<string> Keys => _keys;

    public override string Description => $"static ({_keys.Count} keys)";

    public override IReadOnlyList<string> GetKeys(DateOnly asOf) => _keys;

    public override bool IsValidKey(string key) => _keys.Contains(key);

    public override IReadOnlyList<string> GetKeysInRange(PartitionKeyRange range)
    {
        var first = IndexOf(range.Start);
        var last = IndexOf(range.End);
        if (last < first)
            throw new PartitionKeyException($"Partition range '{range}' ends before it starts.");
        return _keys.GetRange(first, last - first + 1);
    }

    private int IndexOf(string key)
    {
        var index = _keys.IndexOf(key);
        return index >= 0
            ? index
            : throw new PartitionKeyException($"Unknown partition key '{key}'. Known: {string.Join(", ", _keys)}.");
    }
}
