using Lineage.Assets.Keys;

namespace Lineage.Assets.Graph;

/// <summary>Orders assets so every asset comes after its parents; ties go to the smaller key (ordinal).</summary>
internal static class TopologicalSort
{
    public static List<AssetKey> Order(
        IReadOnlyCollection<AssetKey> keys,
        IReadOnlyDictionary<AssetKey, IReadOnlyList<AssetKey>> parents,
        IReadOnlyDictionary<AssetKey, IReadOnlyList<AssetKey>> children)
    {
        var waitingOn = keys.ToDictionary(k => k, k => parents[k].Count);
        var ready = new PriorityQueue<AssetKey, AssetKey>();
        foreach (var key in keys.Where(k => waitingOn[k] == 0))
            ready.Enqueue(key, key);

        var order = new List<AssetKey>(keys.Count);
        while (ready.TryDequeue(out var key, out _))
        {
            order.Add(key);
            foreach (var child in children[key])
                if (--waitingOn[child] == 0)
                    ready.Enqueue(child, child);
        }

        if (order.Count < keys.Count)
            throw new AssetGraphException(
                $"Assets form a cycle: {DescribeCycle(waitingOn, parents)}. Remove one of these dependencies.");
        return order;
    }

    /// <summary>
    /// Every asset left unordered still waits on an unordered parent, so walking parents from one of them
    /// must revisit an asset: that loop is a cycle. Reported in data-flow order, starting at its smallest key.
    /// </summary>
    private static string DescribeCycle(
        Dictionary<AssetKey, int> waitingOn, IReadOnlyDictionary<AssetKey, IReadOnlyList<AssetKey>> parents)
    {
        var unordered = waitingOn.Where(w => w.Value > 0).Select(w => w.Key).ToHashSet();
        var walk = new List<AssetKey>();
        var seenAt = new Dictionary<AssetKey, int>();
        var current = unordered.Min()!;
        while (!seenAt.ContainsKey(current))
        {
            seenAt[current] = walk.Count;
            walk.Add(current);
            current = parents[current].Where(unordered.Contains).Min()!;
        }

        var cycle = walk[seenAt[current]..];
        cycle.Reverse();
        var start = cycle.IndexOf(cycle.Min()!);
        var rotated = cycle[start..].Concat(cycle[..start]).ToList();
        rotated.Add(rotated[0]);
        return string.Join(" -> ", rotated);
    }
}
