using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lineage.Assets.Quantum;
using Lineage.Workbench.Api;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Materialization;
using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Tests.Api;

[Collection(MaterializedWorkbenchCollection.Name)]
public sealed class MaterializationsApiTests(MaterializedWorkbench workbench)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Latest_materialization_is_the_tables_current_snapshot()
    {
        var materialization = await workbench.Factory.CreateClient().GetFromJsonAsync<MaterializationView>(
            $"/api/materializations?asset=vqe_iterations&partition={MaterializedWorkbench.Day}", Json);

        var table = await MaterializerFactory.Warehouse(workbench.Service<IConfiguration>(), workbench.Service<AssetCatalog>())
            .TryLoadAsync(QuantumAssetKeys.VqeIterations, CancellationToken.None);
        var step = Assert.Single(workbench.Steps, s => s.Asset == QuantumAssetKeys.VqeIterations);
        Assert.NotNull(materialization);
        Assert.Equal(QuantumAssetKeys.VqeIterations.Value, materialization.Asset);
        Assert.Equal(MaterializedWorkbench.Day, materialization.Partition);
        Assert.Equal(table!.Metadata.CurrentSnapshotId, materialization.SnapshotId);
        Assert.Equal(step.Tag, materialization.Tag);
        Assert.Equal(step.Rows, materialization.Rows);
        Assert.True(materialization.Rows > 0);
        Assert.NotEmpty(materialization.UpstreamDataVersions);
    }

    [Fact]
    public async Task A_partition_never_materialized_is_a_404_naming_the_asset_and_partition()
    {
        var response = await workbench.Factory.CreateClient().GetAsync("/api/materializations?asset=vqe_results&partition=2026-11-18");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var detail = await response.Content.ReadAsStringAsync();
        Assert.Contains("quantum_features/vqe_results", detail);
        Assert.Contains("2026-11-18", detail);
    }

    [Fact]
    public async Task An_unknown_asset_is_a_404_naming_it()
    {
        var response = await workbench.Factory.CreateClient().GetAsync($"/api/materializations?asset=vqe_resultz&partition={MaterializedWorkbench.Day}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("vqe_resultz", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_missing_partition_is_a_400()
    {
        var response = await workbench.Factory.CreateClient().GetAsync("/api/materializations?asset=vqe_results");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("partition", await response.Content.ReadAsStringAsync());
    }
}
