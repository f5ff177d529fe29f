using Lineage.Assets.Graph;
using Lineage.Assets.Specs;

namespace Lineage.Assets.ColumnLineage;

/// <summary>
/// Which columns each column comes from, across assets, down to the source's JSON paths.
/// Columns are ordered by their asset's topological position, then by declaration order.
/// </summary>
public sealed class ColumnLineageGraph
{
    private readonly AssetGraph _assets;
    private readonly Dictionary<ColumnRef, int> _position = [];
    private readonly Dictionary<ColumnRef, List<ColumnRef>> _derivedFrom = [];
    private readonly Dictionary<ColumnRef, List<ColumnRef>> _feeds = [];

    public ColumnLineageGraph(AssetGraph assets)
    {
        ArgumentNullException.ThrowIfNull(assets);
        _assets = assets;
        var columns = assets.Specs
            .SelectMany(spec => spec.Columns.Select(c => new ColumnRef(spec.Key, c.Name)))
            .ToList();
        foreach (var column in columns)
        {
            _position[column] = _position.Count;
            _derivedFrom[column] = [];
            _feeds[column] = [];
        }

        var edges = new List<ColumnLineageEdge>();
        foreach (var spec in assets.Specs)
        foreach (var column in spec.Columns)
        {
            var to = new ColumnRef(spec.Key, column.Name);
            foreach (var from in column.DerivedFrom.Distinct())
            {
                edges.Add(new ColumnLineageEdge(from, to));
                _derivedFrom[to].Add(from);
                _feeds[from].Add(to);
            }
        }
        Columns = columns;
        Edges = edges;
    }

    /// <summary>Every declared column, in lineage order.</summary>
    public IReadOnlyList<ColumnRef> Columns { get; }

    /// <summary>Every derivation, grouped by the derived column in lineage order.</summary>
    public IReadOnlyList<ColumnLineageEdge> Edges { get; }

    /// <summary>Every column <paramref name="column"/> is transitively derived from.</summary>
    public IReadOnlyList<ColumnRef> Upstream(ColumnRef column) => Closure(column, _derivedFrom);

    /// <summary>Every column transitively derived from <paramref name="column"/>.</summary>
    public IReadOnlyList<ColumnRef> Downstream(ColumnRef column) => Closure(column, _feeds);

    /// <summary>The edges whose both ends are among <paramref name="columns"/>, e.g. to draw a column's lineage.</summary>
    public IReadOnlyList<ColumnLineageEdge> EdgesAmong(IEnumerable<ColumnRef> columns)
    {
        var set = columns.ToHashSet();
        foreach (var column in set)
            Require(column);
        return Edges.Where(e => set.Contains(e.From) && set.Contains(e.To)).ToList();
    }

    private List<ColumnRef> Closure(ColumnRef column, Dictionary<ColumnRef, List<ColumnRef>> next)
    {
        Require(column);
        var reached = new HashSet<ColumnRef>();
        var pending = new Stack<ColumnRef>(next[column]);
        while (pending.TryPop(out var current))
        {
            if (!reached.Add(current))
                continue;
            foreach (var neighbour in next[current])
                pending.Push(neighbour);
        }
        return reached.OrderBy(c => _position[c]).ToList();
    }

    private void Require(ColumnRef column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (_position.ContainsKey(column))
            return;
        if (!_assets.TryGet(column.Asset, out var spec))
            throw new UnknownColumnException(column,
                $"Unknown column '{column.Asset}.{column.Column}': there is no asset '{column.Asset}'.");
        var matches = CloseMatches.Find(column.Column, spec.Columns.Select(c => c.Name));
        var hint = (matches.Count, spec.Columns.Count) switch
        {
            ( > 0, _) => $" Did you mean: {string.Join(", ", matches)}?",
            (_, 0) => " It declares no columns.",
            _ => $" Its columns are: {string.Join(", ", spec.Columns.Select(c => c.Name))}.",
        };
        throw new UnknownColumnException(column,
            $"Unknown column '{column.Asset}.{column.Column}': '{column.Asset}' declares no such column.{hint}");
    }
}
