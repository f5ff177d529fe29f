using Lineage.Assets.Graph;
using Lineage.Assets.Keys;

namespace Lineage.Assets.Selection;

/// <summary>
/// An asset by key or short name; a leading <c>+</c> adds everything upstream, a trailing <c>+</c> everything downstream.
/// </summary>
internal sealed record AssetNameTerm(string Name, bool WithUpstream, bool WithDownstream) : SelectionTerm
{
    public const char Expand = '+';

    public override IEnumerable<AssetKey> Resolve(AssetGraph graph)
    {
        AssetKey key;
        try
        {
            key = graph.Resolve(Name).Key;
        }
        catch (UnknownAssetException e)
        {
            throw new AssetSelectionException(e.Message, e);
        }

        IEnumerable<AssetKey> keys = [key];
        if (WithUpstream)
            keys = keys.Concat(graph.Upstream(key));
        if (WithDownstream)
            keys = keys.Concat(graph.Downstream(key));
        return keys;
    }

    public override string ToString() => $"{(WithUpstream ? "+" : "")}{Name}{(WithDownstream ? "+" : "")}";
}
