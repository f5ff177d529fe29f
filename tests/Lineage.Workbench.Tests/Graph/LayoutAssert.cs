using Lineage.Workbench.Graph;

namespace Lineage.Workbench.Tests.Graph;

/// <summary>Geometric properties every layout must have.</summary>
internal static class LayoutAssert
{
    private const double Tolerance = 1e-6;

    public static void NoNodesOverlap(GraphLayout layout)
    {
        var nodes = layout.Nodes;
        for (var i = 0; i < nodes.Count; i++)
        {
            for (var j = i + 1; j < nodes.Count; j++)
            {
                var (a, b) = (nodes[i], nodes[j]);
                var overlap = a.X < b.Right - Tolerance && b.X < a.Right - Tolerance
                    && a.Y < b.Bottom - Tolerance && b.Y < a.Bottom - Tolerance;
                Assert.False(overlap, $"{a} overlaps {b}");
            }
        }
    }

    public static void NodesInsideTheirGroupBoxes(GraphLayout layout, double padding)
    {
        var boxes = layout.Groups.ToDictionary(box => box.Group);
        foreach (var node in layout.Nodes)
        {
            var box = boxes[node.Group];
            var inside = node.X >= box.X + padding - Tolerance
                && node.Right <= box.X + box.Width - padding + Tolerance
                && node.Y >= box.Y + padding - Tolerance
                && node.Bottom <= box.Y + box.Height - padding + Tolerance;
            Assert.True(inside, $"{node} is not inside {box} with padding {padding}");
        }
    }

    public static void GroupBoxesDoNotOverlap(GraphLayout layout)
    {
        var boxes = layout.Groups;
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var overlap = a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
                Assert.False(overlap, $"{a} overlaps {b}");
            }
        }
    }

    public static void EveryEdgeRunsLeftToRight(GraphLayout layout)
    {
        foreach (var edge in layout.Edges)
        {
            Assert.False(edge.IsBackEdge, $"{edge.From} -> {edge.To} was reversed in an acyclic graph");
            Assert.True(layout.Node(edge.To).X > layout.Node(edge.From).Right, $"{edge.From} -> {edge.To} does not run left to right");
        }
    }

    public static void FitsInsideItsSize(GraphLayout layout, double margin)
    {
        foreach (var node in layout.Nodes)
        {
            Assert.InRange(node.X, margin, layout.Width - margin);
            Assert.InRange(node.Right, margin, layout.Width - margin);
            Assert.InRange(node.Y, margin, layout.Height - margin);
            Assert.InRange(node.Bottom, margin, layout.Height - margin);
        }
    }
}
