using Lineage.Assets.Graph;
using Lineage.Assets.Keys;
using Lineage.Workbench.Catalog;

namespace Lineage.Workbench.Orchestration.Automation;

/// <summary>The keys of the eager assets, resolved once against the asset graph (an unknown name or a source fails here).</summary>
public sealed class EagerAssets
{
    public EagerAssets(AutomationOptions options, AssetCatalog catalog)
    {
        var keys = new List<AssetKey>();
        foreach (var name in options.Eager)
        {
            AssetKey key;
            try
            {
                key = catalog.Graph.Resolve(name).Key;
            }
            catch (UnknownAssetException e)
            {
                throw new AutomationConfigurationException($"{AutomationOptions.SectionName}:{nameof(AutomationOptions.Eager)} names '{name}': {e.Message}");
            }
            if (catalog.Graph[key].IsSource)
                throw new AutomationConfigurationException(
                    $"{AutomationOptions.SectionName}:{nameof(AutomationOptions.Eager)} names the source '{name}': sources are observed, not materialized; "
                    + "name tables only.");
            keys.Add(key);
        }
        Keys = catalog.Graph.TopologicalOrder.Where(keys.Contains).ToList();
    }

    /// <summary>The eager assets, upstream before downstream.</summary>
    public IReadOnlyList<AssetKey> Keys { get; }
}
