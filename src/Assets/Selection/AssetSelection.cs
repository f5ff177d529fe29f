using Lineage.Assets.Graph;
using Lineage.Assets.Keys;

namespace Lineage.Assets.Selection;

/// <summary>
/// A Dagster-style text selection of assets: a comma-separated union of <c>*</c>, <c>group:NAME</c>,
/// <c>kind:NAME</c> and asset names or keys with optional <c>+</c> before (all upstream) and/or after (all downstream),
/// e.g. <c>+ml_run_summary, vqe_iterations+</c>.
/// </summary>
public sealed class AssetSelection
{
    private readonly IReadOnlyList<SelectionTerm> _terms;

    private AssetSelection(string text, IReadOnlyList<SelectionTerm> terms)
    {
        Text = text;
        _terms = terms;
    }

    /// <summary>The text the selection was parsed from.</summary>
    public string Text { get; }

    public static AssetSelection Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = text.Split(',').Select(t => SelectionTermParser.Parse(t.Trim(), text)).ToList();
        return new AssetSelection(text, terms);
    }

    /// <summary>The selected assets in the graph's topological order, each once.</summary>
    public IReadOnlyList<AssetKey> Resolve(AssetGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var selected = new HashSet<AssetKey>();
        foreach (var term in _terms)
            selected.UnionWith(term.Resolve(graph));
        return graph.TopologicalOrder.Where(selected.Contains).ToList();
    }

    public override string ToString() => Text;
}
