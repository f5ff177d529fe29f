using Lineage.Assets.Graph;
using Lineage.Assets.Keys;

namespace Lineage.Assets.Selection;

/// <summary><c>group:NAME</c>: the assets of one group.</summary>
internal sealed record GroupTerm(string Group) : SelectionTerm
{
    public const string Prefix = "group";

    public override IEnumerable<AssetKey> Resolve(AssetGraph graph)
    {
        var keys = graph.Specs.Where(s => s.Group == Group).Select(s => s.Key).ToList();
        if (keys.Count == 0)
            throw new AssetSelectionException(
                $"Unknown group '{Group}' in '{this}'. Known groups: {string.Join(", ", graph.Groups)}.");
        return keys;
    }

    public override string ToString() => $"{Prefix}:{Group}";
}
