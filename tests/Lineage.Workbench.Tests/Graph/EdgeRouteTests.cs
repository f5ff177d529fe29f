using System.Globalization;
using Lineage.Workbench.Graph;
using static Lineage.Workbench.Tests.Graph.SampleGraphs;

namespace Lineage.Workbench.Tests.Graph;

public class EdgeRouteTests
{
    private static double[] Numbers(EdgeRoute route)
    {
        var parts = route.SvgPath.Split(' ');
        Assert.Equal("M", parts[0]);
        Assert.Equal("C", parts[3]);
        return parts.Where((_, i) => i != 0 && i != 3).Select(part => double.Parse(part, CultureInfo.InvariantCulture)).ToArray();
    }

    [Fact]
    public void An_edge_runs_from_the_source_right_middle_to_the_target_left_middle()
    {
        var layout = LayeredLayout.Compute([Node("a", height: 30), Node("b", height: 50)], [Edge("a", "b")]);
        var (a, b) = (layout.Node("a"), layout.Node("b"));

        var path = Numbers(Assert.Single(layout.Edges));

        Assert.Equal(8, path.Length);
        Assert.Equal((a.Right, a.CenterY), (path[0], path[1]));
        Assert.Equal((b.X, b.CenterY), (path[6], path[7]));
        Assert.True(path[2] > path[0] && path[4] < path[6], "the curve leaves and enters horizontally");
    }

    [Fact]
    public void A_back_edge_still_leaves_its_source_to_the_right_and_enters_its_target_from_the_left()
    {
        var layout = LayeredLayout.Compute([Node("a"), Node("b")], [Edge("a", "b"), Edge("b", "a")]);
        var (a, b) = (layout.Node("a"), layout.Node("b"));

        var back = Assert.Single(layout.Edges, edge => edge.IsBackEdge);
        var path = Numbers(back);

        Assert.Equal(("b", "a"), (back.From, back.To));
        Assert.Equal((b.Right, b.CenterY, a.X, a.CenterY), (path[0], path[1], path[6], path[7]));
        Assert.True(path[2] > path[0] && path[4] < path[6], "the curve leaves rightward and enters from the left");
        Assert.True(path[3] < a.Y && path[5] < a.Y, "the curve loops over the nodes instead of running through them");
        LayoutAssert.FitsInsideItsSize(layout, new LayoutOptions().Margin);
    }

    [Fact]
    public void Paths_are_written_with_invariant_numbers_whatever_the_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var layout = LayeredLayout.Compute([Node("a", width: 100.5), Node("b")], [Edge("a", "b")]);

            Assert.DoesNotContain(",", layout.Edges[0].SvgPath);
            Assert.Contains(".5", layout.Edges[0].SvgPath);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
