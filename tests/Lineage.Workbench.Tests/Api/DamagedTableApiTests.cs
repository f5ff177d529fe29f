using System.Net;
using System.Text.Json;
using Lineage.Workbench.Catalog.Plots;
using Lineage.Workbench.Catalog.Preview;
using Lineage.Workbench.Components.AssetViews;
using Lineage.Workbench.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Workbench.Tests.Api;

/// <summary>A damaged table is said, with the table and the file, by every route and tab that reads it; the rest keeps working.</summary>
public sealed class DamagedTableApiTests : IAsyncLifetime
{
    private const string Day = MaterializedWorkbench.Day;
    private readonly WorkbenchAppFactory _factory = new();
    private string _warehouse = "";

    public async Task InitializeAsync()
    {
        _factory.CreateClient().Dispose();
        await MaterializedWorkbench.MaterializeDayAsync(_factory.Services);
        _warehouse = _factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Lineage:Warehouse"]!;
    }

    private string TableFolder(string name) => Path.Combine(_warehouse, "quantum_features", name);

    private static void Truncate(string path) => File.WriteAllBytes(path, File.ReadAllBytes(path)[..(int)(new FileInfo(path).Length / 2)]);

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Damaged table", problem.GetProperty("title").GetString());
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        return problem;
    }

    [Fact]
    public async Task A_truncated_metadata_version_is_a_problem_naming_the_table_and_file_on_every_route_reading_it()
    {
        var metadata = Directory.GetFiles(Path.Combine(TableFolder("vqe_iterations"), "metadata"), "v*.metadata.json")
            .OrderBy(f => int.Parse(Path.GetFileName(f)[1..].Split('.')[0], System.Globalization.CultureInfo.InvariantCulture)).Last();
        Truncate(metadata);
        using var http = _factory.CreateClient();

        foreach (var route in new[]
        {
            "/api/preview?asset=vqe_iterations",
            $"/api/preview?asset=vqe_iterations&partition={Day}",
            $"/api/assets/quantum_features/vqe_iterations/rows?partition={Day}&format=jsonl",
            $"/api/assets/vqe_iterations/rows?partition={Day}&format=csv",
        })
        {
            var problem = await ProblemAsync(await http.GetAsync(route));
            Assert.EndsWith("quantum_features/vqe_iterations", problem.GetProperty("table").GetString());
            Assert.EndsWith(Path.GetFileName(metadata), problem.GetProperty("file").GetString());
            Assert.Contains("not valid JSON", problem.GetProperty("detail").GetString());
        }
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/preview?asset=molecules")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/assets/quantum_features/vqe_iterations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/partitions?from={Day}&to={Day}")).StatusCode);

        var preview = await ComponentRenderer.RenderAsync<AssetPreviewTab>(
            new Dictionary<string, object?> { [nameof(AssetPreviewTab.Asset)] = "quantum_features/vqe_iterations" }, services: Services);
        Assert.Contains("This table cannot be read: table ", preview);
        Assert.Contains(Path.GetFileName(metadata), preview);
        var other = await ComponentRenderer.RenderAsync<AssetPreviewTab>(
            new Dictionary<string, object?> { [nameof(AssetPreviewTab.Asset)] = "quantum_features/molecules" }, services: Services);
        Assert.Contains("preview-grid", other);
    }

    [Fact]
    public async Task A_truncated_data_file_is_a_problem_naming_that_file_in_the_api_and_the_plots_tab()
    {
        var dataFiles = Directory.GetFiles(Path.Combine(TableFolder("ml_run_summary"), "data"), "*.parquet", SearchOption.AllDirectories);
        foreach (var file in dataFiles)
            Truncate(file);
        using var http = _factory.CreateClient();

        var problem = await ProblemAsync(await http.GetAsync("/api/preview?asset=ml_run_summary"));

        var named = Path.GetFileName(problem.GetProperty("file").GetString());
        Assert.Contains(named, dataFiles.Select(Path.GetFileName));
        var plots = await ComponentRenderer.RenderAsync<AssetPlotsTab>(
            new Dictionary<string, object?> { [nameof(AssetPlotsTab.Asset)] = "quantum_features/ml_run_summary" }, services: Services);
        Assert.Contains("This table cannot be read", plots);
        Assert.Contains(dataFiles.Select(Path.GetFileName), f => plots.Contains(f!, StringComparison.Ordinal));
    }

    private void Services(IServiceCollection services)
    {
        services.AddSingleton(_factory.Services.GetRequiredService<TablePreview>());
        services.AddSingleton(_factory.Services.GetRequiredService<AssetPlots>());
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _factory.Dispose();
        return Task.CompletedTask;
    }
}
