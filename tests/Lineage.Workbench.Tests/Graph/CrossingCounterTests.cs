using Lineage.Workbench.Graph;
using static Lineage.Workbench.Tests.Graph.SampleGraphs;

namespace Lineage.Workbench.Tests.Graph;

public class CrossingCounterTests
{
    private static NodePlacement At(string id, int layer, double centerY) => new(id, "g", layer, layer * 200, centerY - 10, 100, 20);

    private static GraphLayout LayoutOf(params NodePlacement[] nodes) => new(nodes, [], [], 1000, 1000);

    [Fact]
    public void Edges_that_swap_order_between_two_layers_cross_once()
    {
        var layout = LayoutOf(At("a", 0, 0), At("b", 0, 50), At("c", 1, 0), At("d", 1, 50));

        Assert.Equal(1, CrossingCounter.Count(layout, [Edge("a", "d"), Edge("b", "c")]));
        Assert.Equal(0, CrossingCounter.Count(layout, [Edge("a", "c"), Edge("b", "d")]));
    }

    [Fact]
    public void Edges_sharing_an_end_do_not_cross()
    {
        var layout = LayoutOf(At("a", 0, 0), At("b", 0, 50), At("c", 1, 0), At("d", 1, 50));

        Assert.Equal(0, CrossingCounter.Count(layout, [Edge("a", "c"), Edge("a", "d"), Edge("b", "d")]));
    }

    [Fact]
    public void A_long_edge_counts_as_a_straight_line_through_the_layers_it_skips()
    {
        var layout = LayoutOf(At("a", 0, 0), At("z", 2, 100), At("x", 1, 0), At("y", 2, 0), At("p", 0, 100), At("q", 1, 100));

        Assert.Equal(0, CrossingCounter.Count(layout, [Edge("a", "z"), Edge("x", "y"), Edge("p", "q")]));
        Assert.Equal(1, CrossingCounter.Count(layout, [Edge("a", "z"), Edge("p", "x")]));
        Assert.Equal(1, CrossingCounter.Count(layout, [Edge("a", "z"), Edge("q", "y")]));
    }

    [Fact]
    public void Every_pair_of_a_reversed_fan_crosses()
    {
        var nodes = Enumerable.Range(0, 5).SelectMany(i => new[] { At($"s{i}", 0, i * 10), At($"t{i}", 1, i * 10) }).ToArray();
        var edges = Enumerable.Range(0, 5).Select(i => Edge($"s{i}", $"t{4 - i}")).ToArray();

        Assert.Equal(10, CrossingCounter.Count(LayoutOf(nodes), edges));
    }

    [Fact]
    public void An_edge_to_a_node_not_in_the_layout_is_rejected_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => CrossingCounter.Count(LayoutOf(At("a", 0, 0)), [Edge("a", "nowhere")]));

        Assert.Contains("'nowhere'", error.Message);
    }
}
