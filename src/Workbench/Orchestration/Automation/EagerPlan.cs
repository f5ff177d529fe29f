using Lineage.Assets.Graph;
using Lineage.Assets.Keys;
using Lineage.Workbench.Storage.Runs;

namespace Lineage.Workbench.Orchestration.Automation;

/// <summary>
/// Which eager asset partitions follow a finished run: per partition, the eager assets downstream of a table the run
/// materialized (committed a snapshot) that were not steps of the run themselves, and none of whose upstream steps in the run failed, were blocked
/// or were canceled (they would only be blocked in turn). A canceled run brings nothing: canceling means stop.
/// </summary>
public static class EagerPlan
{
    public static IReadOnlyList<EagerStep> After(AssetGraph graph, IReadOnlyList<AssetKey> eager, StoredRun run, IReadOnlyList<StoredRunStep> steps)
    {
        var plan = new List<EagerStep>();
        if (run.Status == RunStatus.Canceled)
            return plan;
        foreach (var partition in steps.GroupBy(s => s.Partition, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var statuses = partition.ToDictionary(s => new AssetKey(s.AssetKey), s => s.Status);
            // A step that committed nothing (an empty partition) changed nothing downstream could follow.
            var materialized = partition
                .Where(s => s.Status == StepStatus.Succeeded && s.SnapshotId is not null && graph.TryGet(new AssetKey(s.AssetKey), out var spec) && !spec.IsSource)
                .Select(s => new AssetKey(s.AssetKey))
                .ToHashSet();
            if (materialized.Count == 0)
                continue;
            foreach (var asset in eager)
            {
                if (statuses.ContainsKey(asset))
                    continue;
                var upstream = graph.Upstream(asset);
                if (upstream.Any(materialized.Contains) && upstream.All(u => !statuses.TryGetValue(u, out var status) || status == StepStatus.Succeeded))
                    plan.Add(new EagerStep(asset, partition.Key));
            }
        }
        return plan;
    }
}
