namespace Lineage.Workbench.Graph;

/// <summary>
/// Gives every node its vertical centre: stacked from the top of its band in layer order, then pulled toward the
/// median Y of its neighbours so chains run straight. Each pull keeps the layer order, the node gap and the band.
/// </summary>
internal sealed class VerticalPlacement
{
    // A few alternating passes let a straight chain propagate through the layers; more rarely changes anything visible.
    private const int Passes = 4;

    private readonly LayoutGraph graph;
    private readonly GroupBands bands;
    private readonly double[] centerY;
    private readonly List<double> scratch = [];

    private VerticalPlacement(LayoutGraph graph, GroupBands bands)
    {
        this.graph = graph;
        this.bands = bands;
        centerY = new double[graph.Nodes.Length];
    }

    /// <summary>Per node index, the Y of its centre.</summary>
    public static double[] Place(LayoutGraph graph, GroupBands bands, int[][] order)
    {
        var placement = new VerticalPlacement(graph, bands);
        foreach (var layer in order)
        {
            bands.Stack(layer, graph.Nodes, placement.centerY);
        }

        for (var pass = 0; pass < Passes; pass++)
        {
            var layers = pass % 2 == 0 ? order : Enumerable.Reverse(order);
            foreach (var layer in layers)
            {
                placement.AlignLayer(layer);
            }
        }

        return placement.centerY;
    }

    private void AlignLayer(int[] layer)
    {
        var start = 0;
        while (start < layer.Length)
        {
            var end = start;
            while (end < layer.Length && bands.BandOf[layer[end]] == bands.BandOf[layer[start]])
            {
                end++;
            }

            AlignCell(new ArraySegment<int>(layer, start, end - start));
            start = end;
        }
    }

    /// <summary>
    /// Places the nodes of one band in one layer. With offsets o_i of a tight stack, node i's top is o_i + s_i where the
    /// shifts s_i must not decrease (keeps order and gaps): a least-squares isotonic fit of the wished shifts
    /// (pool adjacent violators), clamped to the band.
    /// </summary>
    private void AlignCell(ArraySegment<int> cell)
    {
        var nodes = graph.Nodes;
        var offset = new double[cell.Count];
        var wished = new double[cell.Count];
        var stacked = 0.0;
        for (var i = 0; i < cell.Count; i++)
        {
            var node = cell[i];
            offset[i] = stacked;
            wished[i] = MedianNeighbourY(node) - nodes[node].Height / 2 - stacked;
            stacked += nodes[node].Height + bands.NodeGap;
        }

        stacked -= bands.NodeGap;
        var band = bands.BandOf[cell[0]];
        var shifts = IsotonicFit.NonDecreasing(wished);
        for (var i = 0; i < cell.Count; i++)
        {
            // The band is at least as tall as this stack, so the top bound wins only by rounding.
            var shift = Math.Max(bands.ContentTop(band), Math.Min(shifts[i], bands.ContentBottom(band) - stacked));
            centerY[cell[i]] = shift + offset[i] + nodes[cell[i]].Height / 2;
        }
    }

    private double MedianNeighbourY(int node)
    {
        scratch.Clear();
        scratch.AddRange(graph.UpperNeighbours[node].Select(neighbour => centerY[neighbour]));
        scratch.AddRange(graph.LowerNeighbours[node].Select(neighbour => centerY[neighbour]));
        if (scratch.Count == 0)
        {
            return centerY[node];
        }

        scratch.Sort();
        var middle = scratch.Count / 2;
        return scratch.Count % 2 == 1 ? scratch[middle] : (scratch[middle - 1] + scratch[middle]) / 2;
    }
}
