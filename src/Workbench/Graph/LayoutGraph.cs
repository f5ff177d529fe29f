namespace Lineage.Workbench.Graph;

/// <summary>
/// The layout's input checked and indexed: nodes numbered in ordinal id order (so every tie-break is "by id"),
/// edges oriented from the lower layer to the higher one with cycles broken, and each node's layer.
/// </summary>
internal sealed class LayoutGraph
{
    private LayoutGraph(LayoutNode[] nodes, int[] upper, int[] lower, bool[] isBackEdge, int[] layer)
    {
        Nodes = nodes;
        EdgeUpper = upper;
        EdgeLower = lower;
        IsBackEdge = isBackEdge;
        Layer = layer;
        LayerCount = layer.Length == 0 ? 0 : layer.Max() + 1;
        UpperNeighbours = Neighbours(upper, lower);
        LowerNeighbours = Neighbours(lower, upper);
        LayerMembers = Enumerable.Range(0, LayerCount).Select(_ => new List<int>()).ToArray();
        for (var node = 0; node < nodes.Length; node++)
        {
            LayerMembers[layer[node]].Add(node);
        }
    }

    /// <summary>Nodes by index, sorted by ordinal id.</summary>
    public LayoutNode[] Nodes { get; }

    /// <summary>Per input edge, the endpoint in the lower-numbered layer (the target for a back edge).</summary>
    public int[] EdgeUpper { get; }

    /// <summary>Per input edge, the endpoint in the higher-numbered layer (equal to <see cref="EdgeUpper"/> for a self-loop).</summary>
    public int[] EdgeLower { get; }

    public bool[] IsBackEdge { get; }

    public int[] Layer { get; }

    public int LayerCount { get; }

    /// <summary>Per node, the nodes in lower-numbered layers it shares an edge with, one entry per edge, sorted.</summary>
    public int[][] UpperNeighbours { get; }

    /// <summary>Per node, the nodes in higher-numbered layers it shares an edge with, one entry per edge, sorted.</summary>
    public int[][] LowerNeighbours { get; }

    /// <summary>Per layer, its nodes in index order.</summary>
    public List<int>[] LayerMembers { get; }

    public static LayoutGraph Build(IReadOnlyList<LayoutNode> nodes, IReadOnlyList<LayoutEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);

        var sorted = nodes.Select(CheckedNode).OrderBy(node => node.Id, StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(sorted.Length, StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++)
        {
            if (!index.TryAdd(sorted[i].Id, i))
            {
                throw new ArgumentException($"Node '{sorted[i].Id}' appears more than once; give every node a distinct id.", nameof(nodes));
            }
        }

        var from = new int[edges.Count];
        var to = new int[edges.Count];
        for (var edge = 0; edge < edges.Count; edge++)
        {
            var (source, target) = edges[edge] ?? throw new ArgumentException($"Edge {edge} is null.", nameof(edges));
            from[edge] = Resolve(index, source, edges[edge]);
            to[edge] = Resolve(index, target, edges[edge]);
        }

        var back = CycleBreaker.FindBackEdges(sorted.Length, from, to);
        var upper = new int[from.Length];
        var lower = new int[from.Length];
        for (var edge = 0; edge < from.Length; edge++)
        {
            (upper[edge], lower[edge]) = back[edge] ? (to[edge], from[edge]) : (from[edge], to[edge]);
        }

        return new LayoutGraph(sorted, upper, lower, back, LongestPathLayering.Assign(sorted.Length, upper, lower));
    }

    private static LayoutNode CheckedNode(LayoutNode? node)
    {
        if (node is null || node.Id is null || node.Group is null)
        {
            throw new ArgumentException("Every node needs an id and a group (use an empty string for no group).", "nodes");
        }

        if (!double.IsFinite(node.Width) || !double.IsFinite(node.Height) || node.Width < 0 || node.Height < 0)
        {
            throw new ArgumentException($"Node '{node.Id}' has size {node.Width} x {node.Height}; sizes must be finite and not negative.", "nodes");
        }

        return node;
    }

    private static int Resolve(Dictionary<string, int> index, string? id, LayoutEdge edge) =>
        id is not null && index.TryGetValue(id, out var node)
            ? node
            : throw new ArgumentException(
                $"Edge '{edge.From}' -> '{edge.To}' refers to unknown node '{id}'; add a node with that id or drop the edge.",
                "edges");

    /// <summary>For every edge, lists <paramref name="neighbour"/>'s endpoint under <paramref name="owner"/>'s endpoint.</summary>
    private int[][] Neighbours(int[] neighbour, int[] owner)
    {
        var lists = new List<int>[Layer.Length];
        for (var node = 0; node < lists.Length; node++)
        {
            lists[node] = [];
        }

        for (var edge = 0; edge < owner.Length; edge++)
        {
            if (neighbour[edge] != owner[edge])
            {
                lists[owner[edge]].Add(neighbour[edge]);
            }
        }

        return lists.Select(list => list.Order().ToArray()).ToArray();
    }
}
