namespace Lineage.Workbench.Graph;

/// <summary>
/// Counts edge crossings between adjacent layers. An edge spanning several layers is treated as a straight line
/// from its source's centre to its target's centre, cut at every layer in between; two segments between the same
/// pair of layers cross when their ends swap order. Segments sharing an end do not cross.
/// Costs O(S log S) for S segments (the sum of the edges' layer spans).
/// </summary>
public static class CrossingCounter
{
    public static int Count(GraphLayout layout, IReadOnlyList<LayoutEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(edges);

        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var layer = new int[layout.Nodes.Count];
        var centerY = new double[layout.Nodes.Count];
        for (var node = 0; node < layout.Nodes.Count; node++)
        {
            var placement = layout.Nodes[node];
            byId[placement.Id] = node;
            layer[node] = placement.Layer;
            centerY[node] = placement.CenterY;
        }

        var from = new int[edges.Count];
        var to = new int[edges.Count];
        for (var edge = 0; edge < edges.Count; edge++)
        {
            from[edge] = Find(byId, edges[edge].From);
            to[edge] = Find(byId, edges[edge].To);
        }

        return Count(from, to, layer, centerY);
    }

    /// <summary>The same count over node indices: <paramref name="layer"/> and <paramref name="centerY"/> are per node.</summary>
    internal static int Count(int[] from, int[] to, int[] layer, double[] centerY)
    {
        if (layer.Length == 0)
        {
            return 0;
        }

        var (segments, gapStart) = Segments(from, to, layer, centerY);
        var ends = new double[segments.Length];
        var scratch = new double[segments.Length];
        var crossings = 0;
        for (var gap = 0; gap + 1 < gapStart.Length; gap++)
        {
            var inGap = segments.AsSpan(gapStart[gap], gapStart[gap + 1] - gapStart[gap]);
            if (inGap.Length < 2)
            {
                continue;
            }

            inGap.Sort();
            var gapEnds = ends.AsSpan(0, inGap.Length);
            for (var i = 0; i < inGap.Length; i++)
            {
                gapEnds[i] = inGap[i].End;
            }

            crossings += InversionCounter.CountStrict(gapEnds, scratch);
        }

        return crossings;
    }

    private static int Find(Dictionary<string, int> byId, string id) =>
        byId.TryGetValue(id, out var node)
            ? node
            : throw new ArgumentException($"Edge endpoint '{id}' is not a node of the layout.", "edges");

    /// <summary>
    /// The pieces of every edge between each pair of adjacent layers, straight-line interpolated, grouped by gap:
    /// gap g (between layers first + g and first + g + 1) holds segments[gapStart[g]..gapStart[g + 1]).
    /// </summary>
    private static (Segment[] Segments, int[] GapStart) Segments(int[] from, int[] to, int[] layer, double[] centerY)
    {
        var firstLayer = layer.Min();
        var gapStart = new int[layer.Max() - firstLayer + 1];
        for (var edge = 0; edge < from.Length; edge++)
        {
            var (top, bottom) = Span(layer[from[edge]], layer[to[edge]], firstLayer);
            for (var gap = top; gap < bottom; gap++)
            {
                gapStart[gap + 1]++;
            }
        }

        for (var gap = 1; gap < gapStart.Length; gap++)
        {
            gapStart[gap] += gapStart[gap - 1];
        }

        var segments = new Segment[gapStart[^1]];
        var filled = gapStart.ToArray();
        for (var edge = 0; edge < from.Length; edge++)
        {
            var (upper, lower) = layer[from[edge]] <= layer[to[edge]] ? (from[edge], to[edge]) : (to[edge], from[edge]);
            var (top, bottom) = Span(layer[upper], layer[lower], firstLayer);
            var (startY, endY) = (centerY[upper], centerY[lower]);
            for (var gap = top; gap < bottom; gap++)
            {
                segments[filled[gap]++] = new Segment(
                    Interpolate(startY, endY, gap - top, bottom - top),
                    Interpolate(startY, endY, gap + 1 - top, bottom - top));
            }
        }

        return (segments, gapStart);
    }

    private static (int Top, int Bottom) Span(int layerA, int layerB, int firstLayer) =>
        (Math.Min(layerA, layerB) - firstLayer, Math.Max(layerA, layerB) - firstLayer);

    private static double Interpolate(double startY, double endY, int step, int steps) =>
        step == 0 ? startY : step == steps ? endY : startY + (endY - startY) * step / steps;

    private readonly record struct Segment(double Start, double End) : IComparable<Segment>
    {
        public int CompareTo(Segment other)
        {
            var byStart = Start.CompareTo(other.Start);
            return byStart != 0 ? byStart : End.CompareTo(other.End);
        }
    }
}
