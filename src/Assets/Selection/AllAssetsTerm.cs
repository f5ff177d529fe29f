using Lineage.Assets.Graph;
using Lineage.Assets.Keys;

namespace Lineage.Assets.Selection;

/// <summary><c>*</c>: every asset.</summary>
internal sealed record AllAssetsTerm : SelectionTerm
{
    public const string Symbol = "*";

    public override IEnumerable<AssetKey> Resolve(AssetGraph graph) => graph.TopologicalOrder;

    public override string ToString() => Symbol;
}
