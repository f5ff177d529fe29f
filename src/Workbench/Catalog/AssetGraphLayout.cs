using Lineage.Workbench.Graph;

namespace Lineage.Workbench.Catalog;

/// <summary>The lineage graph's drawing: the catalog's assets laid out left to right, computed once.</summary>
public sealed class AssetGraphLayout(AssetCatalog catalog)
{
    public const double NodeWidth = 230;
    public const double NodeHeight = 74;

    private readonly Lazy<GraphLayout> _layout = new(() => Compute(catalog));
    private readonly Lazy<IReadOnlyDictionary<string, IReadOnlySet<string>>> _related = new(() => RelatedKeys(catalog));

    public GraphLayout Layout => _layout.Value;

    /// <summary>For each asset key, the keys of everything upstream and downstream of it.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Related => _related.Value;

    private static GraphLayout Compute(AssetCatalog catalog)
    {
        var nodes = catalog.Graph.Specs
            .Select(s => new LayoutNode(s.Key.Value, s.Group, NodeWidth, NodeHeight))
            .ToList();
        var edges = catalog.Graph.Specs
            .SelectMany(s => s.Deps.Select(d => new LayoutEdge(d.Asset.Value, s.Key.Value)))
            .ToList();
        return LayeredLayout.Compute(nodes, edges);
    }

    private static IReadOnlyDictionary<string, IReadOnlySet<string>> RelatedKeys(AssetCatalog catalog) =>
        catalog.Graph.Specs.ToDictionary(
            s => s.Key.Value,
            s => (IReadOnlySet<string>)catalog.Graph.Upstream(s.Key).Concat(catalog.Graph.Downstream(s.Key))
                .Select(k => k.Value).ToHashSet());
}
