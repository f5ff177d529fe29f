using Lineage.Workbench.Graph;

namespace Lineage.Workbench.Tests.Graph;

/// <summary>Graphs the layout tests share.</summary>
internal static class SampleGraphs
{
    public static LayoutNode Node(string id, string group = "g", double width = 120, double height = 40) => new(id, group, width, height);

    public static LayoutEdge Edge(string from, string to) => new(from, to);

    /// <summary>The shape of the quantum lineage: one raw source, nine tables, one table fed by five of them, one final table.</summary>
    public static (LayoutNode[] Nodes, LayoutEdge[] Edges) LineageShaped()
    {
        var tables = Enumerable.Range(1, 9).Select(i => $"table_{i}").ToArray();
        var nodes = new[] { Node("raw", "A") }
            .Concat(tables.Select(table => Node(table, "B")))
            .Concat([Node("features", "C"), Node("summary", "C")])
            .ToArray();
        var edges = tables.Select(table => Edge("raw", table))
            .Concat(new[] { 2, 4, 5, 7, 9 }.Select(i => Edge($"table_{i}", "features")))
            .Append(Edge("features", "summary"))
            .ToArray();
        return (nodes, edges);
    }

    /// <summary>A seeded random DAG: node i takes up to <paramref name="maxParents"/> parents among the nodes before it.</summary>
    public static (LayoutNode[] Nodes, LayoutEdge[] Edges) RandomDag(int seed, int nodeCount, int maxParents, int groups = 6)
    {
        var random = new Random(seed);
        var nodes = Enumerable.Range(0, nodeCount)
            .Select(i => Node($"n{i:D4}", $"group_{random.Next(groups)}", 60 + random.Next(140), 24 + random.Next(40)))
            .ToArray();
        var edges = new List<LayoutEdge>();
        for (var child = 1; child < nodeCount; child++)
        {
            var parents = random.Next(maxParents + 1);
            for (var p = 0; p < parents; p++)
            {
                edges.Add(Edge(nodes[random.Next(child)].Id, nodes[child].Id));
            }
        }

        return (nodes, edges.ToArray());
    }
}
