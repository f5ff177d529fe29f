using Lineage.Assets.Graph;
using Lineage.Assets.Keys;

namespace Lineage.Assets.Selection;

/// <summary><c>kind:NAME</c>: the assets tagged with one kind.</summary>
internal sealed record KindTerm(string Kind) : SelectionTerm
{
    public const string Prefix = "kind";

    public override IEnumerable<AssetKey> Resolve(AssetGraph graph)
    {
        var keys = graph.Specs.Where(s => s.Kinds.Contains(Kind)).Select(s => s.Key).ToList();
        if (keys.Count == 0)
        {
            var known = graph.Specs.SelectMany(s => s.Kinds).Distinct().Order(StringComparer.Ordinal).ToList();
            throw new AssetSelectionException(known.Count > 0
                ? $"Unknown kind '{Kind}' in '{this}'. Known kinds: {string.Join(", ", known)}."
                : $"Unknown kind '{Kind}' in '{this}': no asset declares a kind.");
        }
        return keys;
    }

    public override string ToString() => $"{Prefix}:{Kind}";
}
