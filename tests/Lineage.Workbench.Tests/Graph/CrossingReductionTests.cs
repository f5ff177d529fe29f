using Lineage.Workbench.Graph;
using static Lineage.Workbench.Tests.Graph.SampleGraphs;

namespace Lineage.Workbench.Tests.Graph;

public class CrossingReductionTests
{
    [Fact]
    public void The_lineage_shaped_fan_out_and_fan_in_has_no_crossings()
    {
        var (nodes, edges) = LineageShaped();

        var layout = LayeredLayout.Compute(nodes, edges);

        Assert.Equal(0, CrossingCounter.Count(layout, edges));
        Assert.Equal(["A", "B", "C"], layout.Groups.Select(box => box.Group));
        Assert.Equal([0, 1, 2, 3], new[] { "raw", "table_1", "features", "summary" }.Select(id => layout.Node(id).Layer));
    }

    [Fact]
    public void Two_crossed_edges_are_uncrossed()
    {
        var edges = new[] { Edge("a1", "b2"), Edge("a2", "b1") };

        var layout = LayeredLayout.Compute([Node("a1"), Node("a2"), Node("b1"), Node("b2")], edges);

        Assert.Equal(0, CrossingCounter.Count(layout, edges));
        Assert.True(layout.Node("a1").Y < layout.Node("a2").Y, "ties keep id order in the first layer");
        Assert.True(layout.Node("b2").Y < layout.Node("b1").Y);
    }

    [Fact]
    public void A_scrambled_matching_is_put_in_order()
    {
        var targets = new[] { 4, 0, 5, 2, 1, 3 };
        var nodes = Enumerable.Range(0, 6).SelectMany(i => new[] { Node($"a{i}"), Node($"b{i}") }).ToArray();
        var edges = targets.Select((target, source) => Edge($"a{source}", $"b{target}")).ToArray();

        var layout = LayeredLayout.Compute(nodes, edges);

        Assert.Equal(0, CrossingCounter.Count(layout, edges));
    }

    [Fact]
    public void With_no_sweeps_the_crossings_stay()
    {
        var edges = new[] { Edge("a1", "b2"), Edge("a2", "b1") };

        var layout = LayeredLayout.Compute([Node("a1"), Node("a2"), Node("b1"), Node("b2")], edges, new LayoutOptions { CrossingSweeps = 0 });

        Assert.Equal(1, CrossingCounter.Count(layout, edges));
    }

    [Fact]
    public void Sweeps_remove_crossings_from_a_random_dag()
    {
        var (nodes, edges) = RandomDag(seed: 11, nodeCount: 200, maxParents: 3, groups: 3);

        var unswept = LayeredLayout.Compute(nodes, edges, new LayoutOptions { CrossingSweeps = 0 });
        var swept = LayeredLayout.Compute(nodes, edges);

        Assert.True(
            CrossingCounter.Count(swept, edges) < CrossingCounter.Count(unswept, edges),
            $"{CrossingCounter.Count(swept, edges)} crossings after sweeps, {CrossingCounter.Count(unswept, edges)} before");
    }
}
