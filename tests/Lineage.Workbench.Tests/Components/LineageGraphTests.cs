using System.Text.RegularExpressions;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Components.LineageView;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Components;

public sealed class LineageGraphTests
{
    private static readonly AssetCatalog Catalog = new(new DateOnly(2026, 11, 18));
    private static readonly AssetGraphLayout Drawing = new(Catalog);

    private static Task<string> RenderAsync(IReadOnlySet<string>? lineageAssets = null, string? selected = null) =>
        ComponentRenderer.RenderAsync<LineageGraph>(new Dictionary<string, object?>
        {
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
}
