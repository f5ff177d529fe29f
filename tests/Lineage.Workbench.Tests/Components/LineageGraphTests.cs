using System.Net;
using System.Text.RegularExpressions;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Catalog.Status;
using Lineage.Workbench.Health;
using Lineage.Workbench.Components.LineageView;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Components;

public sealed class LineageGraphTests
{
    private static readonly AssetCatalog Catalog = new(new DateOnly(2026, 11, 18));
    private static readonly AssetGraphLayout Drawing = new(Catalog);

    private static Task<string> RenderAsync(
        IReadOnlySet<string>? lineageAssets = null, string? selected = null, GraphStatus? statuses = null, IReadOnlySet<string>? selection = null) =>
        ComponentRenderer.RenderAsync<LineageGraph>(new Dictionary<string, object?>
        {
            [nameof(LineageGraph.Statuses)] = statuses ?? GraphStatus.Empty,
            [nameof(LineageGraph.Selection)] = selection,
            [nameof(LineageGraph.Layout)] = Drawing.Layout,
            [nameof(LineageGraph.Summaries)] = Catalog.List(),
            [nameof(LineageGraph.Related)] = Drawing.Related,
            [nameof(LineageGraph.LineageAssets)] = lineageAssets ?? new HashSet<string>(),
            [nameof(LineageGraph.SelectedAsset)] = selected,
        });

    [Fact]
    public async Task Draws_every_asset_every_dependency_and_every_group()
    {
        var html = await RenderAsync();

        Assert.Equal(12, Regex.Matches(html, "class=\"lineage-node[ \"]").Count);
        Assert.Equal(15, Regex.Matches(html, "class=\"lineage-edge[ \"]").Count);
        Assert.Contains("data-group=\"base_features\"", html);
        Assert.Contains("data-from=\"quantum_features/vqe_iterations\" data-to=\"quantum_features/ml_iteration_features\"", html);
        Assert.Contains(">hamiltonian_terms</text>", html);
    }

    [Fact]
    public async Task Assets_in_a_column_lineage_are_marked()
    {
        var html = await RenderAsync(
            new HashSet<string> { "raw_vqe_results", "quantum_features/vqe_iterations" }, selected: "quantum_features/vqe_iterations");

        Assert.Matches("class=\"lineage-node is-selected is-lineage\" data-asset=\"quantum_features/vqe_iterations\"", html);
        Assert.Matches("class=\"lineage-node is-lineage\" data-asset=\"raw_vqe_results\"", html);
        Assert.Matches("class=\"lineage-edge is-lineage\"[^>]*data-from=\"raw_vqe_results\" data-to=\"quantum_features/vqe_iterations\"", html);
        Assert.Matches("class=\"lineage-node \" data-asset=\"quantum_features/molecules\"", html);
    }

    [Fact]
    public async Task A_selection_dims_every_node_and_edge_outside_it()
    {
        var html = await RenderAsync(selection: new HashSet<string> { "raw_vqe_results", "quantum_features/vqe_iterations" });

        Assert.Equal(10, Regex.Matches(html, "class=\"lineage-node[^\"]*is-unselected").Count);
        Assert.Matches("class=\"lineage-node \" data-asset=\"quantum_features/vqe_iterations\"", html);
        Assert.Matches("class=\"lineage-edge \"[^>]*data-from=\"raw_vqe_results\" data-to=\"quantum_features/vqe_iterations\"", html);
        Assert.Matches("class=\"lineage-edge is-unselected\"[^>]*data-from=\"quantum_features/vqe_iterations\" data-to=\"quantum_features/ml_iteration_features\"", html);
    }

    [Fact]
    public async Task Without_a_selection_nothing_is_dimmed()
    {
        Assert.DoesNotContain("is-unselected", await RenderAsync());
    }

    [Fact]
    public async Task A_node_shows_its_status_pill_partition_bar_and_failing_checks()
    {
        var vqe = new NodeStatus(
            "quantum_features/vqe_results", PartitionHealth.Stale, "2026-11-19: stale — code version changed",
            [
                new PartitionRun(0, 28, null, "2026-10-24 – 2026-11-20: before the first partition"),
                new PartitionRun(28, 1, PartitionHealth.Stale, "2026-11-21: stale — code version changed"),
                new PartitionRun(29, 1, PartitionHealth.Failed, "2026-11-22: failed — last attempt failed in run 3: disk full"),
            ],
            new Dictionary<PartitionHealth, int> { [PartitionHealth.Stale] = 1, [PartitionHealth.Failed] = 1 },
            DeclaredChecks: 2,
            EvaluatedChecks: 2,
            FailingChecks: ["energy_in_range failed on 2026-11-22: 3 rows out of range"]);
        var statuses = new GraphStatus(["2026-11-22"], new Dictionary<string, NodeStatus> { [vqe.Asset] = vqe });

        var html = await RenderAsync(statuses: statuses);
        var start = html.IndexOf("data-asset=\"quantum_features/vqe_results\"", StringComparison.Ordinal);
        // Readable text: entities decoded, scoped-style attributes dropped.
        var node = Regex.Replace(WebUtility.HtmlDecode(html[start..html.IndexOf("<g class=\"lineage-node", start, StringComparison.Ordinal)]), " b-[a-z0-9]{10}", "");

        Assert.Matches("<g class=\"node-pill is-stale\"[^>]*><title>stale: 2026-11-19: stale — code version changed</title>", node);
        Assert.Contains(">stale</text>", node);
        Assert.Equal(3, Regex.Matches(node, "<rect class=\"bar-cell ").Count);
        Assert.Matches("<rect class=\"bar-cell is-none\" x=\"0\" width=\"[0-9.]+\" height=\"12\"><title>2026-10-24 – 2026-11-20: before the first partition</title>", node);
        Assert.Contains("<title>2026-11-22: failed — last attempt failed in run 3: disk full</title>", node);
        Assert.Matches("<g class=\"node-checks is-failing\"[^>]*><title>energy_in_range failed on 2026-11-22: 3 rows out of range</title>\\s*<circle r=\"10\"></circle>\\s*<text y=\"4\">1</text>", node);
        Assert.Single(Regex.Matches(html, "class=\"node-pill"));
    }
}
