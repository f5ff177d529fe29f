namespace Lineage.Workbench.Graph;

/// <summary>Shapes the curve of an edge from the placed source and target rectangles.</summary>
internal static class EdgeCurves
{
    public static CubicCurve Between(NodePlacement source, NodePlacement target, LayoutOptions options)
    {
        var (x0, y0) = (source.Right, source.CenterY);
        var (x3, y3) = (target.X, target.CenterY);
        if (string.Equals(source.Id, target.Id, StringComparison.Ordinal) || x3 < x0)
        {
            // A back edge leaves rightward and enters from the left like any edge, looping over the top of its
            // nodes so it neither hides behind a forward edge nor runs through the nodes it connects.
            var reach = x3 < x0 ? options.LayerGap / 2 : options.LayerGap / 4;
            var lift = Math.Max(source.Height, target.Height) + options.NodeGap;
            var top = Math.Min(y0, y3) - lift;
            return new CubicCurve(x0, y0, x0 + reach, top, x3 - reach, top, x3, y3);
        }

        // Horizontal tangents at both ends, bending halfway across however many layers the edge spans.
        var bend = (x3 - x0) / 2;
        return new CubicCurve(x0, y0, x0 + bend, y0, x3 - bend, y3, x3, y3);
    }
}
