using Lineage.Assets.Keys;
using Lineage.Assets.Partitions;
using Lineage.Assets.Selection;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Health;

namespace Lineage.Workbench.Orchestration.Runs;

/// <summary>
/// Turns a launch request into steps, in topological order within each partition. Stale-only launches keep the
/// missing and stale asset partitions as the catalog knows them (sources are kept current by the observation schedule).
/// Partitions outside the <see cref="PartitionWindow"/> are refused.
/// </summary>
public sealed class RunPlanner(AssetCatalog catalog, PartitionStatusService status, PartitionWindow window)
{
    public async Task<IReadOnlyList<PlannedStep>> PlanAsync(LaunchRequest request, CancellationToken cancellationToken)
    {
        var steps = await PlanSelectionAsync(request, cancellationToken);
        return request.Only is { } only ? steps.Where(s => only.Contains(LaunchRequest.StepKey(s.Asset.Value, s.Partition))).ToList() : steps;
    }

    private async Task<IReadOnlyList<PlannedStep>> PlanSelectionAsync(LaunchRequest request, CancellationToken cancellationToken)
    {
        if (request.Partitions.Count == 0)
            throw new ArgumentException("a run needs at least one partition");
        await window.RequireAsync(request.Partitions, cancellationToken);
        var graph = catalog.Graph;
        var selected = AssetSelection.Parse(request.Selection).Resolve(graph).ToHashSet();
        var ordered = graph.TopologicalOrder.Where(selected.Contains).ToList();
        var partitions = request.Partitions.Distinct().Order().ToList();
        if (!request.StaleOnly)
            return partitions
                .SelectMany(date => ordered.Select(asset => Step(asset, DailyPartitions.FormatKey(date))))
                .ToList();

        var healths = await status.GetAsync(ordered, partitions.Select(DailyPartitions.FormatKey).ToList(), cancellationToken);
        return StaleSteps.Plan(graph, healths)
            .SelectMany(p => ordered.Where(p.Assets.Contains).Select(asset => Step(asset, DailyPartitions.FormatKey(p.Date))))
            .ToList();
    }

    private static PlannedStep Step(AssetKey asset, string partition) => new(asset, partition, ExecutionUnits.Of(asset, partition));
}
