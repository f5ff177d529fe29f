namespace Lineage.Workbench.Graph;

/// <summary>
/// One horizontal band per group, ordered top to bottom by the mean layer of the group's nodes, then by name.
/// A band is as tall as its tallest stack of nodes in any single layer, so every layer of the group fits.
/// </summary>
internal sealed class GroupBands
{
    private GroupBands(string[] names, int[] bandOf, double[] top, double[] height, double nodeGap, double padding)
    {
        Names = names;
        BandOf = bandOf;
        Top = top;
        Height = height;
        NodeGap = nodeGap;
        Padding = padding;
    }

    /// <summary>Group names, top band first.</summary>
    public string[] Names { get; }

    /// <summary>Per node index, its band.</summary>
    public int[] BandOf { get; }

    /// <summary>Per band, the top of its box.</summary>
    public double[] Top { get; }

    /// <summary>Per band, the height of its box, padding included.</summary>
    public double[] Height { get; }

    /// <summary>Space between the box and its nodes.</summary>
    public double Padding { get; }

    /// <summary>Space between two nodes stacked in one layer of a band.</summary>
    public double NodeGap { get; }

    public double ContentTop(int band) => Top[band] + Padding;

    public double ContentBottom(int band) => Top[band] + Height[band] - Padding;

    public static GroupBands Build(LayoutGraph graph, LayoutOptions options)
    {
        var nodes = graph.Nodes;
        var names = nodes
            .Select((node, index) => (node.Group, Layer: graph.Layer[index]))
            .GroupBy(member => member.Group, StringComparer.Ordinal)
            .Select(group => (Name: group.Key, MeanLayer: group.Average(member => member.Layer)))
            .OrderBy(group => group.MeanLayer)
            .ThenBy(group => group.Name, StringComparer.Ordinal)
            .Select(group => group.Name)
            .ToArray();
        var bandByName = names.Select((name, band) => (name, band)).ToDictionary(pair => pair.name, pair => pair.band, StringComparer.Ordinal);
        var bandOf = nodes.Select(node => bandByName[node.Group]).ToArray();

        var stacks = new Dictionary<(int Band, int Layer), double>();
        for (var node = 0; node < nodes.Length; node++)
        {
            var cell = (bandOf[node], graph.Layer[node]);
            stacks[cell] = stacks.TryGetValue(cell, out var stacked)
                ? stacked + options.NodeGap + nodes[node].Height
                : nodes[node].Height;
        }

        var height = new double[names.Length];
        foreach (var ((band, _), stacked) in stacks)
        {
            height[band] = Math.Max(height[band], stacked + 2 * options.GroupPadding);
        }

        var top = new double[names.Length];
        var cursor = options.Margin;
        for (var band = 0; band < names.Length; band++)
        {
            top[band] = cursor;
            cursor += height[band] + options.GroupGap;
        }

        return new GroupBands(names, bandOf, top, height, options.NodeGap, options.GroupPadding);
    }

    /// <summary>
    /// Stacks the nodes of one layer, given in band order, from the top of each band's content and writes their centres.
    /// </summary>
    public void Stack(IReadOnlyList<int> layerOrder, LayoutNode[] nodes, double[] centerY)
    {
        var band = -1;
        var cursor = 0.0;
        foreach (var node in layerOrder)
        {
            if (BandOf[node] != band)
            {
                band = BandOf[node];
                cursor = ContentTop(band);
            }

            centerY[node] = cursor + nodes[node].Height / 2;
            cursor += nodes[node].Height + NodeGap;
        }
    }
}
