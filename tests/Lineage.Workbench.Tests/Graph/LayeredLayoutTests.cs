using Lineage.Workbench.Graph;
using static Lineage.Workbench.Tests.Graph.SampleGraphs;

namespace Lineage.Workbench.Tests.Graph;

public class LayeredLayoutTests
{
    [Fact]
    public void A_chain_runs_left_to_right_on_one_line()
    {
        var layout = LayeredLayout.Compute([Node("a"), Node("b"), Node("c")], [Edge("a", "b"), Edge("b", "c")]);

        var (a, b, c) = (layout.Node("a"), layout.Node("b"), layout.Node("c"));
        Assert.True(a.X < b.X && b.X < c.X);
        Assert.Equal(a.Y, b.Y);
        Assert.Equal(b.Y, c.Y);
        Assert.Equal([0, 1, 2], new[] { a.Layer, b.Layer, c.Layer });
    }

    [Fact]
    public void A_node_sits_one_layer_right_of_its_deepest_parent()
    {
        var layout = LayeredLayout.Compute(
            [Node("a"), Node("b"), Node("c"), Node("d")],
            [Edge("a", "b"), Edge("b", "c"), Edge("a", "c"), Edge("d", "c")]);

        Assert.Equal(0, layout.Node("a").Layer);
        Assert.Equal(0, layout.Node("d").Layer);
        Assert.Equal(2, layout.Node("c").Layer);
    }

    [Fact]
    public void Layers_are_spaced_by_the_widest_node_plus_the_layer_gap()
    {
        var options = new LayoutOptions { LayerGap = 50 };
        var layout = LayeredLayout.Compute(
            [Node("a", width: 100), Node("wide", width: 300), Node("b", width: 100)],
            [Edge("a", "b"), Edge("wide", "b")],
            options);

        Assert.Equal(layout.Node("wide").X, layout.Node("a").X - 100);
        Assert.Equal(layout.Node("wide").Right + 50, layout.Node("b").X);
    }

    [Fact]
    public void Every_edge_of_a_dag_runs_left_to_right()
    {
        var (nodes, edges) = RandomDag(seed: 7, nodeCount: 120, maxParents: 3);

        LayoutAssert.EveryEdgeRunsLeftToRight(LayeredLayout.Compute(nodes, edges));
        LayoutAssert.EveryEdgeRunsLeftToRight(LayeredLayout.Compute(LineageShaped().Nodes, LineageShaped().Edges));
    }

    [Fact]
    public void Nodes_stay_inside_non_overlapping_group_boxes()
    {
        var options = new LayoutOptions { GroupPadding = 12 };
        var (nodes, edges) = LineageShaped();

        var layout = LayeredLayout.Compute(nodes, edges, options);

        LayoutAssert.NoNodesOverlap(layout);
        LayoutAssert.NodesInsideTheirGroupBoxes(layout, 12);
        LayoutAssert.GroupBoxesDoNotOverlap(layout);
        LayoutAssert.FitsInsideItsSize(layout, options.Margin);
    }

    [Fact]
    public void Group_bands_are_ordered_by_mean_layer_then_name()
    {
        var layout = LayeredLayout.Compute(
            [Node("late", "Z"), Node("early", "Y"), Node("also_early", "X"), Node("mid", "M")],
            [Edge("early", "mid"), Edge("mid", "late"), Edge("also_early", "mid")]);

        Assert.Equal(["X", "Y", "M", "Z"], layout.Groups.Select(box => box.Group));
        Assert.True(layout.Groups.Zip(layout.Groups.Skip(1)).All(pair => pair.First.Y + pair.First.Height < pair.Second.Y));
    }

    [Fact]
    public void A_band_is_as_tall_as_its_tallest_stack_in_one_layer()
    {
        var options = new LayoutOptions { NodeGap = 10, GroupPadding = 5 };
        var layout = LayeredLayout.Compute(
            [Node("a", height: 30), Node("b", height: 20), Node("c", height: 20), Node("d", height: 50)],
            [Edge("a", "b"), Edge("a", "c"), Edge("b", "d")],
            options);

        var box = Assert.Single(layout.Groups);
        Assert.Equal(20 + 10 + 20 + 2 * 5, box.Height);
    }

    [Fact]
    public void A_node_is_pulled_level_with_its_only_neighbour()
    {
        var layout = LayeredLayout.Compute([Node("a1"), Node("a2"), Node("c")], [Edge("a2", "c")]);

        Assert.Equal(layout.Node("a2").CenterY, layout.Node("c").CenterY, 6);
        Assert.NotEqual(layout.Node("a1").CenterY, layout.Node("c").CenterY, 6);
    }

    [Fact]
    public void An_edge_to_an_unknown_node_is_rejected_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => LayeredLayout.Compute([Node("a")], [Edge("a", "ghost")]));

        Assert.Contains("'ghost'", error.Message);
    }

    [Fact]
    public void A_repeated_node_id_is_rejected_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => LayeredLayout.Compute([Node("a"), Node("twin"), Node("twin")], []));

        Assert.Contains("'twin'", error.Message);
    }

    [Fact]
    public void A_negative_spacing_is_rejected_by_option_name()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => LayeredLayout.Compute([Node("a")], [], new LayoutOptions { NodeGap = -1 }));

        Assert.Equal("NodeGap", error.ParamName);
    }

    [Fact]
    public void A_cycle_is_broken_by_one_back_edge()
    {
        var edges = new[] { Edge("a", "b"), Edge("b", "c"), Edge("c", "a") };

        var layout = LayeredLayout.Compute([Node("a"), Node("b"), Node("c")], edges);

        var back = Assert.Single(layout.Edges, edge => edge.IsBackEdge);
        Assert.Equal(("c", "a"), (back.From, back.To));
        Assert.True(layout.Node("a").X < layout.Node("b").X && layout.Node("b").X < layout.Node("c").X);
    }

    [Fact]
    public void A_self_loop_is_a_back_edge_and_does_not_move_its_node()
    {
        var layout = LayeredLayout.Compute([Node("a"), Node("b")], [Edge("a", "a"), Edge("a", "b")]);

        Assert.True(layout.Edges[0].IsBackEdge);
        Assert.False(layout.Edges[1].IsBackEdge);
        Assert.Equal(0, layout.Node("a").Layer);
        LayoutAssert.FitsInsideItsSize(layout, new LayoutOptions().Margin);
    }

    [Fact]
    public void A_large_random_dag_has_no_overlaps()
    {
        var options = new LayoutOptions();
        var (nodes, edges) = RandomDag(seed: 2026, nodeCount: 500, maxParents: 3);

        var layout = LayeredLayout.Compute(nodes, edges, options);

        Assert.Equal(nodes.Select(node => node.Id), layout.Nodes.Select(node => node.Id));
        LayoutAssert.NoNodesOverlap(layout);
        LayoutAssert.NodesInsideTheirGroupBoxes(layout, options.GroupPadding);
        LayoutAssert.GroupBoxesDoNotOverlap(layout);
        LayoutAssert.EveryEdgeRunsLeftToRight(layout);
        LayoutAssert.FitsInsideItsSize(layout, options.Margin);
    }

    [Fact]
    public void The_same_graph_gives_the_same_layout_whatever_the_input_order()
    {
        var (nodes, edges) = RandomDag(seed: 99, nodeCount: 500, maxParents: 3);
        var shuffle = new Random(5);
        var shuffledNodes = nodes.OrderBy(_ => shuffle.Next()).ToArray();
        var shuffledEdges = edges.OrderBy(_ => shuffle.Next()).ToArray();

        var first = LayeredLayout.Compute(nodes, edges);
        var second = LayeredLayout.Compute(nodes, edges);
        var shuffled = LayeredLayout.Compute(shuffledNodes, shuffledEdges);

        Assert.Equal(first.Nodes, second.Nodes);
        Assert.Equal(first.Edges, second.Edges);
        Assert.Equal(first.Groups, second.Groups);
        Assert.Equal((first.Width, first.Height), (second.Width, second.Height));
        Assert.Equal(first.Nodes.OrderBy(node => node.Id, StringComparer.Ordinal), shuffled.Nodes.OrderBy(node => node.Id, StringComparer.Ordinal));
    }

    [Fact]
    public void An_empty_graph_is_just_the_margins()
    {
        var layout = LayeredLayout.Compute([], [], new LayoutOptions { Margin = 10 });

        Assert.Empty(layout.Nodes);
        Assert.Equal((20.0, 20.0), (layout.Width, layout.Height));
    }
}
