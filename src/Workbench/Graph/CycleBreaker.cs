namespace Lineage.Workbench.Graph;

/// <summary>
/// Finds a set of edges whose reversal makes the graph acyclic: the back edges of a depth-first search that starts
/// at the sources, then at any node not yet reached, both in index order, and follows edges in target order.
/// Self-loops are always back edges. Iterative, so long chains cannot overflow the stack.
/// </summary>
internal static class CycleBreaker
{
    private const byte Unvisited = 0;
    private const byte OnPath = 1;
    private const byte Finished = 2;

    public static bool[] FindBackEdges(int nodeCount, int[] from, int[] to)
    {
        var outgoing = OutgoingEdges(nodeCount, from, to);
        var state = new byte[nodeCount];
        var cursor = new int[nodeCount];
        var back = new bool[from.Length];
        var path = new Stack<int>();

        foreach (var root in Roots(nodeCount, from, to))
        {
            if (state[root] != Unvisited)
            {
                continue;
            }

            state[root] = OnPath;
            path.Push(root);
            while (path.Count > 0)
            {
                var node = path.Peek();
                if (cursor[node] == outgoing[node].Length)
                {
                    state[node] = Finished;
                    path.Pop();
                    continue;
                }

                var edge = outgoing[node][cursor[node]++];
                var target = to[edge];
                if (state[target] == OnPath)
                {
                    back[edge] = true;
                }
                else if (state[target] == Unvisited)
                {
                    state[target] = OnPath;
                    path.Push(target);
                }
            }
        }

        return back;
    }

    private static int[][] OutgoingEdges(int nodeCount, int[] from, int[] to)
    {
        var lists = new List<int>[nodeCount];
        for (var node = 0; node < nodeCount; node++)
        {
            lists[node] = [];
        }

        for (var edge = 0; edge < from.Length; edge++)
        {
            lists[from[edge]].Add(edge);
        }

        return lists
            .Select(list => list.OrderBy(edge => to[edge]).ThenBy(edge => edge).ToArray())
            .ToArray();
    }

    private static IEnumerable<int> Roots(int nodeCount, int[] from, int[] to)
    {
        var hasParent = new bool[nodeCount];
        for (var edge = 0; edge < from.Length; edge++)
        {
            if (from[edge] != to[edge])
            {
                hasParent[to[edge]] = true;
            }
        }

        return Enumerable.Range(0, nodeCount)
            .Where(node => !hasParent[node])
            .Concat(Enumerable.Range(0, nodeCount));
    }
}
