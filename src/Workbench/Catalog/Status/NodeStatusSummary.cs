using Lineage.Assets.Graph;
using Lineage.Materializers.Checks;
using Lineage.Workbench.Health;

namespace Lineage.Workbench.Catalog.Status;

/// <summary>
/// Turns partition healths and check results over a window into node statuses. The status of a node is:
/// running when a run works on any partition of the window; otherwise the health of the newest partition that is not
/// missing (what the asset's latest data looks like); missing when the window holds no partition of it at all.
/// </summary>
public static class NodeStatusSummary
{
    /// <param name="window">The bar's days, oldest first; days before <paramref name="firstPartition"/> have no partition.</param>
    public static GraphStatus Summarize(
        AssetGraph graph, IReadOnlyList<string> window, string firstPartition, IEnumerable<AssetPartitionHealth> healths, IEnumerable<CheckResult> checks)
    {
        var byAsset = healths.ToLookup(h => h.Asset.Value);
        var inWindow = window.ToHashSet(StringComparer.Ordinal);
        var checksByAsset = checks.Where(c => inWindow.Contains(c.Partition)).ToLookup(c => c.Asset.Value);
        var nodes = new Dictionary<string, NodeStatus>(graph.Specs.Count, StringComparer.Ordinal);
        foreach (var spec in graph.Specs)
        {
            var key = spec.Key.Value;
            var days = byAsset[key].ToDictionary(h => h.Partition, StringComparer.Ordinal);
            var (health, reason) = Status(window, days);
            nodes[key] = new NodeStatus(
                key, health, reason, Bar(window, firstPartition, days), Counts(days.Values),
                spec.Checks.Count, checksByAsset[key].Select(c => c.CheckName).Distinct(StringComparer.Ordinal).Count(), Failing(checksByAsset[key]));
        }
        return new GraphStatus(window, nodes);
    }

    private static (PartitionHealth, string) Status(IReadOnlyList<string> window, Dictionary<string, AssetPartitionHealth> days)
    {
        var ordered = window.Where(days.ContainsKey).Select(d => days[d]).ToList();
        if (ordered.LastOrDefault(h => h.Health == PartitionHealth.Running) is { } running)
            return (PartitionHealth.Running, $"{running.Partition}: {Reason(running)}");
        if (ordered.LastOrDefault(h => h.Health != PartitionHealth.Missing) is { } newest)
            return (newest.Health, $"{newest.Partition}: {Reason(newest)}");
        return (PartitionHealth.Missing, $"no partition of the last {window.Count} days materialized");
    }

    private static IReadOnlyList<PartitionRun> Bar(IReadOnlyList<string> window, string firstPartition, Dictionary<string, AssetPartitionHealth> days)
    {
        var runs = new List<PartitionRun>();
        var start = 0;
        for (var i = 1; i <= window.Count; i++)
        {
            if (i < window.Count && Cell(window[i], firstPartition, days) == Cell(window[start], firstPartition, days))
                continue;
            var (health, reason) = Cell(window[start], firstPartition, days);
            var dates = i - start == 1 ? window[start] : $"{window[start]} – {window[i - 1]}";
            runs.Add(new PartitionRun(start, i - start, health, $"{dates}: {reason}"));
            start = i;
        }
        return runs;
    }

    private static (PartitionHealth?, string) Cell(string date, string firstPartition, Dictionary<string, AssetPartitionHealth> days)
    {
        if (string.CompareOrdinal(date, firstPartition) < 0 || !days.TryGetValue(date, out var health))
            return (null, "before the first partition");
        return (health.Health, Reason(health));
    }

    private static string Reason(AssetPartitionHealth health)
    {
        var word = health.Health.ToString().ToLowerInvariant();
        return health.Reasons.Count == 0 ? word : $"{word} — {string.Join("; ", health.Reasons)}";
    }

    private static IReadOnlyDictionary<PartitionHealth, int> Counts(IEnumerable<AssetPartitionHealth> days) =>
        days.GroupBy(d => d.Health).ToDictionary(g => g.Key, g => g.Count());

    private static IReadOnlyList<string> Failing(IEnumerable<CheckResult> results) =>
        results
            .GroupBy(r => r.CheckName, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(r => r.Partition, StringComparer.Ordinal).ThenByDescending(r => r.EvaluatedAt).First())
            .Where(r => !r.Passed)
            .OrderBy(r => r.CheckName, StringComparer.Ordinal)
            .Select(r => $"{r.CheckName} failed on {r.Partition}: {r.Summary}")
            .ToList();
}
