using Lineage.Workbench.Catalog.Plots;
using Lineage.Workbench.Catalog.Preview;
using Lineage.Workbench.Components.AssetViews;
using Lineage.Workbench.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Workbench.Tests.Components;

public sealed class AssetPreviewTabTests
{
    [Fact]
    public async Task Tabs_of_a_table_never_materialized_say_so_in_words()
    {
        using var empty = new WorkbenchAppFactory();
        empty.CreateClient().Dispose();
        void Services(IServiceCollection s)
        {
            s.AddSingleton(empty.Services.GetRequiredService<TablePreview>());
            s.AddSingleton(empty.Services.GetRequiredService<AssetPlots>());
        }

        var preview = await ComponentRenderer.RenderAsync<AssetPreviewTab>(
            new Dictionary<string, object?> { [nameof(AssetPreviewTab.Asset)] = "quantum_features/vqe_iterations" }, services: Services);
        var plots = await ComponentRenderer.RenderAsync<AssetPlotsTab>(
            new Dictionary<string, object?> { [nameof(AssetPlotsTab.Asset)] = "quantum_features/ml_run_summary" }, services: Services);

        Assert.Contains("quantum_features/vqe_iterations has not been materialized yet", preview);
        Assert.DoesNotContain("preview-grid", preview);
        Assert.Contains("quantum_features/ml_run_summary has not been materialized yet", plots);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
