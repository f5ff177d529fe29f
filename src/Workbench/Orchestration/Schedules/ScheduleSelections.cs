using Lineage.Assets.Graph;
using Lineage.Assets.Keys;
using Lineage.Assets.Selection;

namespace Lineage.Workbench.Orchestration.Schedules;

/// <summary>Resolves a schedule's selection against the asset graph, turning a bad one into a message that names the setting.</summary>
public static class ScheduleSelections
{
    /// <summary>The selected assets; an observe schedule's must all be sources, since only sources are observed.</summary>
    public static IReadOnlyList<AssetKey> Resolve(ScheduleDefinition schedule, AssetGraph graph)
    {
        var key = $"{ScheduleOptions.SectionName}:{schedule.Name}:{nameof(ScheduleDefinition.Selection)}";
        IReadOnlyList<AssetKey> assets;
        try
        {
            assets = AssetSelection.Parse(schedule.Selection).Resolve(graph);
        }
        catch (AssetSelectionException e)
        {
            throw new ScheduleConfigurationException($"{key} is '{schedule.Selection}': {e.Message}");
        }
        if (assets.Count == 0)
            throw new ScheduleConfigurationException($"{key} is '{schedule.Selection}', which selects no asset.");
        if (schedule.Kind == ScheduleKind.Observe && assets.Where(a => !graph[a].IsSource).ToList() is { Count: > 0 } tables)
            throw new ScheduleConfigurationException(
                $"{key} is '{schedule.Selection}', but an observe schedule only lists sources and {string.Join(", ", tables.Select(t => t.Value))} "
                + $"{(tables.Count == 1 ? "is not one" : "are not")}: select sources (e.g. raw_vqe_results) or make it Kind materialize.");
        return assets;
    }
}
