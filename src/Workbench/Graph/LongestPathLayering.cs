namespace Lineage.Workbench.Graph;

/// <summary>Puts sources in layer 0 and every other node one layer right of its deepest parent.</summary>
internal static class LongestPathLayering
{
    /// <param name="upper">Per edge, the endpoint that must sit in the lower-numbered layer.</param>
    /// <param name="lower">Per edge, the endpoint that must sit in a higher-numbered layer; self-loops are ignored.</param>
    public static int[] Assign(int nodeCount, int[] upper, int[] lower)
    {
        var children = new List<int>[nodeCount];
        var parentCount = new int[nodeCount];
        for (var node = 0; node < nodeCount; node++)
        {
            children[node] = [];
        }

        for (var edge = 0; edge < upper.Length; edge++)
        {
            if (upper[edge] != lower[edge])
            {
                children[upper[edge]].Add(lower[edge]);
                parentCount[lower[edge]]++;
            }
        }

        var layer = new int[nodeCount];
        var ready = new Queue<int>(Enumerable.Range(0, nodeCount).Where(node => parentCount[node] == 0));
        var placed = 0;
        while (ready.Count > 0)
        {
            var node = ready.Dequeue();
            placed++;
            foreach (var child in children[node])
            {
                layer[child] = Math.Max(layer[child], layer[node] + 1);
                if (--parentCount[child] == 0)
                {
                    ready.Enqueue(child);
                }
            }
        }

        return placed == nodeCount
            ? layer
            : throw new InvalidOperationException("Layering needs an acyclic graph; break cycles first.");
    }
}
