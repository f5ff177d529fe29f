namespace Lineage.Workbench.Graph;

/// <summary>
/// Lays a directed graph out left to right in layers (a Sugiyama-style layout): layers by longest path from the
/// sources, one horizontal band per group, crossings reduced by barycenter sweeps, chains straightened, and edges
/// drawn as cubic Béziers. Deterministic: the same nodes and edges give the same layout whatever their input order.
/// </summary>
public static class LayeredLayout
{
    /// <exception cref="ArgumentException">A node id repeats, a size is invalid, or an edge names a node that is not in <paramref name="nodes"/>.</exception>
    public static GraphLayout Compute(IReadOnlyList<LayoutNode> nodes, IReadOnlyList<LayoutEdge> edges, LayoutOptions? options = null)
    {
        options ??= new LayoutOptions();
        options.EnsureValid();

        var graph = LayoutGraph.Build(nodes, edges);
        var bands = GroupBands.Build(graph, options);
        var order = BarycenterOrdering.Order(graph, bands, options.CrossingSweeps);
        var centerY = VerticalPlacement.Place(graph, bands, order);
        var placements = Placements(graph, centerY, options);
        var boxes = Boxes(bands, placements);
        var curves = Enumerable.Range(0, graph.EdgeUpper.Length).Select(edge => Curve(graph, placements, edge, options)).ToArray();
        return Assemble(nodes, edges, graph, placements, boxes, curves, options);
    }

    private static NodePlacement[] Placements(LayoutGraph graph, double[] centerY, LayoutOptions options)
    {
        var layerWidth = new double[graph.LayerCount];
        for (var node = 0; node < graph.Nodes.Length; node++)
        {
            layerWidth[graph.Layer[node]] = Math.Max(layerWidth[graph.Layer[node]], graph.Nodes[node].Width);
        }

        var layerLeft = new double[graph.LayerCount];
        var cursor = options.Margin + options.GroupPadding;
        for (var layer = 0; layer < graph.LayerCount; layer++)
        {
            layerLeft[layer] = cursor;
            cursor += layerWidth[layer] + options.LayerGap;
        }

        return graph.Nodes
            .Select((node, index) =>
            {
                var layer = graph.Layer[index];
                var x = layerLeft[layer] + (layerWidth[layer] - node.Width) / 2;
                return new NodePlacement(node.Id, node.Group, layer, x, centerY[index] - node.Height / 2, node.Width, node.Height);
            })
            .ToArray();
    }

    /// <summary>Each band's box spans the band's height and, across, the layers its own nodes occupy.</summary>
    private static GroupBox[] Boxes(GroupBands bands, NodePlacement[] placements) =>
        placements
            .Select((placement, node) => (Band: bands.BandOf[node], placement.X, placement.Right))
            .GroupBy(member => member.Band)
            .OrderBy(band => band.Key)
            .Select(band =>
            {
                var left = band.Min(member => member.X) - bands.Padding;
                var right = band.Max(member => member.Right) + bands.Padding;
                return new GroupBox(bands.Names[band.Key], left, bands.Top[band.Key], right - left, bands.Height[band.Key]);
            })
            .ToArray();

    private static CubicCurve Curve(LayoutGraph graph, NodePlacement[] placements, int edge, LayoutOptions options)
    {
        var (source, target) = graph.IsBackEdge[edge]
            ? (graph.EdgeLower[edge], graph.EdgeUpper[edge])
            : (graph.EdgeUpper[edge], graph.EdgeLower[edge]);
        return EdgeCurves.Between(placements[source], placements[target], options);
    }

    /// <summary>Shifts everything so even looping back edges stay inside the margin, and returns nodes and edges in input order.</summary>
    private static GraphLayout Assemble(
        IReadOnlyList<LayoutNode> nodes,
        IReadOnlyList<LayoutEdge> edges,
        LayoutGraph graph,
        NodePlacement[] placements,
        GroupBox[] boxes,
        CubicCurve[] curves,
        LayoutOptions options)
    {
        var xs = boxes.SelectMany(box => new[] { box.X, box.X + box.Width })
            .Concat(curves.SelectMany(curve => new[] { curve.XRange.Min, curve.XRange.Max }))
            .DefaultIfEmpty(options.Margin)
            .ToArray();
        var ys = boxes.SelectMany(box => new[] { box.Y, box.Y + box.Height })
            .Concat(curves.SelectMany(curve => new[] { curve.YRange.Min, curve.YRange.Max }))
            .DefaultIfEmpty(options.Margin)
            .ToArray();
        // Whole-unit shifts keep node coordinates as round as the input sizes made them.
        var shiftX = Math.Ceiling(Math.Max(0, options.Margin - xs.Min()));
        var shiftY = Math.Ceiling(Math.Max(0, options.Margin - ys.Min()));

        var byId = graph.Nodes.Select((node, index) => (node.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        var nodesOut = nodes
            .Select(node => placements[byId[node.Id]])
            .Select(placed => placed with { X = placed.X + shiftX, Y = placed.Y + shiftY })
            .ToArray();
        var edgesOut = edges
            .Select((edge, index) => new EdgeRoute(edge.From, edge.To, curves[index].ToSvgPath(shiftX, shiftY), graph.IsBackEdge[index]))
            .ToArray();
        var boxesOut = boxes.Select(box => box with { X = box.X + shiftX, Y = box.Y + shiftY }).ToArray();
        return new GraphLayout(nodesOut, edgesOut, boxesOut, xs.Max() + shiftX + options.Margin, ys.Max() + shiftY + options.Margin);
    }
}
