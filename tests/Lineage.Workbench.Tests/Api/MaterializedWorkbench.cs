using Lineage.Materializers.Materialization;
using Lineage.Materializers.Recording;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Materialization;
using Lineage.Workbench.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Workbench.Tests.Api;

/// <summary>The workbench after materializing every asset of the sample's 2026-11-19 partition into its warehouse.</summary>
public sealed class MaterializedWorkbench : IAsyncLifetime
{
    public const string Day = "2026-11-19";

    public WorkbenchAppFactory Factory { get; } = new();

    public IReadOnlyList<StepResult> Steps { get; private set; } = [];

    public T Service<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        // Creating a client starts the host, which applies the catalog database's migrations.
        Factory.CreateClient().Dispose();
        Steps = await MaterializeDayAsync(Factory.Services);
    }

    /// <summary>Materializes every asset of <see cref="Day"/> into the warehouse of the workbench whose services these are.</summary>
    public static async Task<IReadOnlyList<StepResult>> MaterializeDayAsync(IServiceProvider services)
    {
        var catalog = services.GetRequiredService<AssetCatalog>();
        var materializer = MaterializerFactory.Create(
            services.GetRequiredService<IConfiguration>(), catalog, services.GetRequiredService<IMaterializationLog>(), TimeProvider.System);
        return await materializer.MaterializeAsync(
            catalog.Graph.Specs.Select(s => s.Key).ToList(), [DateOnly.Parse(Day)], null, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
