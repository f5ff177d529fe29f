using Lineage.Assets.Checks;
using Lineage.Assets.Keys;
using Lineage.Assets.Specs;

namespace Lineage.Assets.Graph;

/// <summary>
/// A validated set of asset specs: keys are unique, deps and column lineage resolve, and there is no cycle.
/// Every list it returns follows one deterministic topological order (ties broken by key, ordinal).
/// </summary>
public sealed class AssetGraph
{
    private readonly Dictionary<AssetKey, AssetSpec> _byKey;
    private readonly Dictionary<string, AssetSpec> _byKeyText;
    private readonly Dictionary<string, List<AssetSpec>> _byName;
    private readonly Dictionary<AssetKey, int> _position;
    private readonly IReadOnlyDictionary<AssetKey, IReadOnlyList<AssetKey>> _parents;
    private readonly IReadOnlyDictionary<AssetKey, IReadOnlyList<AssetKey>> _children;

    private AssetGraph(
        Dictionary<AssetKey, AssetSpec> byKey,
        List<AssetKey> order,
        IReadOnlyDictionary<AssetKey, IReadOnlyList<AssetKey>> parents,
        IReadOnlyDictionary<AssetKey, IReadOnlyList<AssetKey>> children)
    {
        _byKey = byKey;
        TopologicalOrder = order;
        Specs = order.Select(k => byKey[k]).ToList();
        _position = order.Select((key, index) => (key, index)).ToDictionary(p => p.key, p => p.index);
        _parents = parents.ToDictionary(p => p.Key, p => (IReadOnlyList<AssetKey>)InOrder(p.Value));
        _children = children.ToDictionary(c => c.Key, c => (IReadOnlyList<AssetKey>)InOrder(c.Value));
        _byKeyText = Specs.ToDictionary(s => s.Key.Value);
        _byName = Specs.GroupBy(s => s.Key.Name).ToDictionary(g => g.Key, g => g.ToList());
        Checks = Specs.SelectMany(s => s.Checks).ToList();
    }

    /// <summary>All specs, parents before children.</summary>
    public IReadOnlyList<AssetSpec> Specs { get; }

    public IReadOnlyList<AssetKey> TopologicalOrder { get; }

    /// <summary>Every declared check, grouped by asset in topological order.</summary>
    public IReadOnlyList<AssetCheckSpec> Checks { get; }

    /// <summary>The distinct group names, in ordinal order.</summary>
    public IEnumerable<string> Groups => Specs.Select(s => s.Group).Distinct().Order(StringComparer.Ordinal);

    public AssetSpec this[AssetKey key] =>
        TryGet(key, out var spec) ? spec : throw UnknownAssetException.NotFound(key.Value, Suggest(key.Value));

    public static AssetGraph Build(IEnumerable<AssetSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        var list = specs.ToList();
        var byKey = AssetSpecValidation.IndexByKey(list);
        AssetSpecValidation.CheckDeps(list, byKey);
        AssetSpecValidation.CheckColumns(list, byKey);

        var parents = list.ToDictionary(
            s => s.Key, s => (IReadOnlyList<AssetKey>)s.Deps.Select(d => d.Asset).Distinct().ToList());
        var children = list.ToDictionary(s => s.Key, _ => new List<AssetKey>());
        foreach (var (child, childParents) in parents)
        foreach (var parent in childParents)
            children[parent].Add(child);
        var childLists = children.ToDictionary(c => c.Key, c => (IReadOnlyList<AssetKey>)c.Value);

        var order = TopologicalSort.Order(byKey.Keys, parents, childLists);
        return new AssetGraph(byKey, order, parents, childLists);
    }

    public bool TryGet(AssetKey key, out AssetSpec spec) => _byKey.TryGetValue(key, out spec!);

    /// <summary>Finds an asset by full key (<c>quantum_features/vqe_results</c>) or unique short name (<c>vqe_results</c>).</summary>
    public AssetSpec Resolve(string nameOrKey)
    {
        ArgumentNullException.ThrowIfNull(nameOrKey);
        var text = nameOrKey.Trim();
        if (_byKeyText.TryGetValue(text, out var exact))
            return exact;
        if (!text.Contains('/') && _byName.TryGetValue(text, out var named))
            return named.Count == 1
                ? named[0]
                : throw UnknownAssetException.Ambiguous(text, named.Select(s => s.Key.Value).ToList());
        throw UnknownAssetException.NotFound(text, Suggest(text));
    }

    /// <summary>The direct dependencies of <paramref name="key"/>, in topological order.</summary>
    public IReadOnlyList<AssetKey> Parents(AssetKey key) => Require(_parents, key);

    /// <summary>The assets that depend directly on <paramref name="key"/>, in topological order.</summary>
    public IReadOnlyList<AssetKey> Children(AssetKey key) => Require(_children, key);

    /// <summary>Every asset <paramref name="key"/> transitively depends on, in topological order.</summary>
    public IReadOnlyList<AssetKey> Upstream(AssetKey key) => Closure([key], _parents, includeRoots: false);

    /// <summary>Every asset that transitively depends on <paramref name="key"/>, in topological order.</summary>
    public IReadOnlyList<AssetKey> Downstream(AssetKey key) => Closure([key], _children, includeRoots: false);

    /// <summary>The given assets and everything upstream of them, in topological order.</summary>
    internal IReadOnlyList<AssetKey> WithUpstream(IEnumerable<AssetKey> keys) => Closure(keys, _parents, includeRoots: true);

    private List<AssetKey> Closure(
        IEnumerable<AssetKey> roots, IReadOnlyDictionary<AssetKey, IReadOnlyList<AssetKey>> next, bool includeRoots)
    {
        var rootList = roots.ToList();
        var reached = new HashSet<AssetKey>();
        var pending = new Stack<AssetKey>();
        foreach (var root in rootList)
            foreach (var neighbour in Require(next, root))
                pending.Push(neighbour);
        while (pending.TryPop(out var key))
        {
            if (!reached.Add(key))
                continue;
            foreach (var neighbour in next[key])
                pending.Push(neighbour);
        }
        if (includeRoots)
            reached.UnionWith(rootList);
        else
            reached.ExceptWith(rootList);
        return InOrder(reached);
    }

    private List<AssetKey> InOrder(IEnumerable<AssetKey> keys) => keys.OrderBy(k => _position[k]).ToList();

    private IReadOnlyList<AssetKey> Require(IReadOnlyDictionary<AssetKey, IReadOnlyList<AssetKey>> map, AssetKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return map.TryGetValue(key, out var keys) ? keys : throw UnknownAssetException.NotFound(key.Value, Suggest(key.Value));
    }

    private IReadOnlyList<string> Suggest(string wanted)
    {
        if (wanted.Contains('/'))
            return CloseMatches.Find(wanted, TopologicalOrder.Select(k => k.Value));
        return CloseMatches.Find(wanted, Specs.Select(s =>
            (s.Key.Name, _byName[s.Key.Name].Count == 1 ? s.Key.Name : s.Key.Value)));
    }
}
