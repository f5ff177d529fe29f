using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Api;

public sealed class AssetsApiTests(WorkbenchAppFactory factory) : IClassFixture<WorkbenchAppFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Listing_returns_the_twelve_quantum_assets_in_dependency_order()
    {
        var assets = await factory.CreateClient().GetFromJsonAsync<List<AssetSummary>>("/api/assets", Json);

        Assert.NotNull(assets);
        Assert.Equal(12, assets.Count);
        Assert.Equal("raw_vqe_results", assets[0].Key);
        Assert.Equal("quantum_features/ml_run_summary", assets[^1].Key);
        var position = assets.Select((a, i) => (a.Key, i)).ToDictionary(p => p.Key, p => p.i);
        foreach (var asset in assets)
            Assert.All(asset.Deps, dep => Assert.True(position[dep] < position[asset.Key], $"{dep} should precede {asset.Key}"));
    }

    [Fact]
    public async Task Listing_with_a_selection_returns_the_upstream_closure()
    {
        var assets = await factory.CreateClient()
            .GetFromJsonAsync<List<AssetSummary>>("/api/assets?select=%2Bml_run_summary", Json);

        Assert.Equal(
            ["ansatz_info", "ml_iteration_features", "ml_run_summary", "molecules", "performance_metrics",
             "raw_vqe_results", "vqe_iterations", "vqe_results"],
            assets!.Select(a => a.Name).Order(StringComparer.Ordinal).ToList());
        Assert.Equal("raw_vqe_results", assets![0].Name);
        Assert.Equal("ml_run_summary", assets[^1].Name);
    }

    [Fact]
    public async Task Asset_detail_has_columns_with_lineage_and_checks()
    {
        var detail = await factory.CreateClient()
            .GetFromJsonAsync<AssetDetail>("/api/assets/quantum_features/vqe_iterations", Json);

        Assert.NotNull(detail);
        var energy = Assert.Single(detail.Columns, c => c.Name == "iteration_energy");
        Assert.Equal("double", energy.Type);
        Assert.Contains("raw_vqe_results.vqe_result.iteration_list[].result", energy.DerivedFrom);
        Assert.Contains(detail.Checks, c => c.Name == "keys_unique" && c.Blocking);
        Assert.Equal(["processing_date", "basis_set", "backend"], detail.PartitionColumns);
    }

    [Fact]
    public async Task Unknown_asset_is_a_404_naming_close_matches()
    {
        var response = await factory.CreateClient().GetAsync("/api/assets/vqe_result");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("vqe_results", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Bad_selection_is_a_400_with_the_reason()
    {
        var response = await factory.CreateClient().GetAsync("/api/assets?select=grp:base_features");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("grp", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Column_lineage_reaches_the_raw_json_path_and_the_ml_tables()
    {
        var trace = await factory.CreateClient().GetFromJsonAsync<ColumnLineageDetail>(
            "/api/lineage/columns?asset=vqe_iterations&column=iteration_energy", Json);

        Assert.NotNull(trace);
        Assert.Contains(trace.Upstream, c => c.Asset == "raw_vqe_results" && c.Column == "vqe_result.iteration_list[].result");
        Assert.Contains(trace.Downstream, c => c.AssetName == "ml_iteration_features" && c.Column == "energy");
        Assert.Contains(trace.Downstream, c => c.AssetName == "ml_run_summary");
    }

    [Fact]
    public async Task Graph_layout_places_every_asset_and_edge()
    {
        var graph = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/lineage/graph", Json);

        Assert.Equal(12, graph.GetProperty("nodes").GetArrayLength());
        Assert.Equal(9 + 5 + 1, graph.GetProperty("edges").GetArrayLength());
        Assert.Equal(3, graph.GetProperty("groups").GetArrayLength());
    }

    [Fact]
    public async Task Tracing_an_unknown_column_is_a_404_listing_the_columns()
    {
        var response = await factory.CreateClient().GetAsync("/api/lineage/columns?asset=molecules&column=energy");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("molecule_name", problem.GetProperty("detail").GetString());
    }
}
