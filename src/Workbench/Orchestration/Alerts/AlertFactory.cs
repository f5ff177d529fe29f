using Lineage.Assets.Keys;
using Lineage.Workbench.Catalog;

namespace Lineage.Workbench.Orchestration.Alerts;

/// <summary>Builds alerts with the asset's group from the asset graph, a link into the UI and the current time.</summary>
public sealed class AlertFactory(AssetCatalog catalog, AlertLinks links, TimeProvider clock)
{
    /// <summary>A step of run <paramref name="runId"/> failed; links to the run page.</summary>
    public Alert StepFailed(AssetKey asset, string? partition, string error, long runId) =>
        new(AlertKind.StepFailed, asset.Value, GroupOf(asset), partition, error, runId, links.Run(runId), clock.GetUtcNow());

    /// <summary>An asset partition has not been materialized as recently as it should; links to the asset page.</summary>
    public Alert FreshnessOverdue(AssetKey asset, string? partition, string message) =>
        new(AlertKind.FreshnessOverdue, asset.Value, GroupOf(asset), partition, message, null, links.Asset(asset), clock.GetUtcNow());

    /// <summary>The asset's group; an asset no longer in the graph gets an empty group, which only catch-all routes cover.</summary>
    private string GroupOf(AssetKey asset) => catalog.Graph.TryGet(asset, out var spec) ? spec.Group : "";
}
