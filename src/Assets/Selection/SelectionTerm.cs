using Lineage.Assets.Graph;
using Lineage.Assets.Keys;

namespace Lineage.Assets.Selection;

/// <summary>One comma-separated part of a selection.</summary>
internal abstract record SelectionTerm
{
    public abstract IEnumerable<AssetKey> Resolve(AssetGraph graph);
}
