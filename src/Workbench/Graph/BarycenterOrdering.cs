namespace Lineage.Workbench.Graph;

/// <summary>
/// Orders the nodes of each layer, inside each group band, to reduce edge crossings: alternating down and up sweeps
/// sort every layer by the mean Y of each node's neighbours on the side already swept, keeping the ordering
/// with the fewest crossings seen. Ties, and nodes with no neighbour on that side, fall back to id order.
/// </summary>
internal sealed class BarycenterOrdering
{
    private readonly LayoutGraph graph;
    private readonly GroupBands bands;
    private readonly double[] centerY;
    private readonly double[] barycenter;

    private BarycenterOrdering(LayoutGraph graph, GroupBands bands)
    {
        this.graph = graph;
        this.bands = bands;
        centerY = new double[graph.Nodes.Length];
        barycenter = new double[graph.Nodes.Length];
    }

    /// <summary>Per layer, its nodes top to bottom: bands in order, and within each band the best ordering found.</summary>
    public static int[][] Order(LayoutGraph graph, GroupBands bands, int sweeps)
    {
        var ordering = new BarycenterOrdering(graph, bands);
        return ordering.Run(sweeps);
    }

    private int[][] Run(int sweeps)
    {
        var order = graph.LayerMembers
            .Select(members => members.OrderBy(node => bands.BandOf[node]).ThenBy(node => node).ToArray())
            .ToArray();
        foreach (var layer in order)
        {
            bands.Stack(layer, graph.Nodes, centerY);
        }

        var best = Copy(order);
        var fewest = Crossings();
        for (var sweep = 0; sweep < sweeps && fewest > 0; sweep++)
        {
            if (sweep % 2 == 0)
            {
                for (var layer = 1; layer < order.Length; layer++)
                {
                    Reorder(order[layer], graph.UpperNeighbours);
                }
            }
            else
            {
                for (var layer = order.Length - 2; layer >= 0; layer--)
                {
                    Reorder(order[layer], graph.LowerNeighbours);
                }
            }

            var crossings = Crossings();
            if (crossings < fewest)
            {
                fewest = crossings;
                best = Copy(order);
            }
        }

        return best;
    }

    private void Reorder(int[] layer, int[][] neighbours)
    {
        foreach (var node in layer)
        {
            barycenter[node] = neighbours[node].Length == 0
                ? centerY[node]
                : neighbours[node].Average(neighbour => centerY[neighbour]);
        }

        Array.Sort(layer, CompareInLayer);
        bands.Stack(layer, graph.Nodes, centerY);
    }

    private int CompareInLayer(int left, int right)
    {
        var byBand = bands.BandOf[left].CompareTo(bands.BandOf[right]);
        if (byBand != 0)
        {
            return byBand;
        }

        var byBarycenter = barycenter[left].CompareTo(barycenter[right]);
        return byBarycenter != 0 ? byBarycenter : left.CompareTo(right);
    }

    private int Crossings() => CrossingCounter.Count(graph.EdgeUpper, graph.EdgeLower, graph.Layer, centerY);

    private static int[][] Copy(int[][] order) => order.Select(layer => (int[])layer.Clone()).ToArray();
}
