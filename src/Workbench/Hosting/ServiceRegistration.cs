using Lineage.Workbench.Catalog;
using Lineage.Workbench.Orchestration;
using Lineage.Workbench.Orchestration.Metrics;
using Lineage.Workbench.Storage;

namespace Lineage.Workbench.Hosting;

public static class ServiceRegistration
{
    public static IServiceCollection AddWorkbenchServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LineageOptions>(configuration.GetSection(LineageOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => CatalogFactory.Create(configuration, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => PartitionWindow.From(configuration, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AssetGraphLayout>();
        services.AddSingleton(provider => Materialization.MaterializerFactory.Recovery(
            configuration, provider.GetRequiredService<AssetCatalog>(), provider.GetRequiredService<CatalogDbContextFactory>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<Health.PartitionStatusService>();
        services.AddSingleton<Catalog.Rows.TableScanResolver>();
        services.AddSingleton<Catalog.Rows.TableRowsExport>();
        services.AddSingleton<Catalog.Preview.TablePreview>();
        services.AddSingleton<Catalog.Plots.AssetPlots>();
        services.AddSingleton<Catalog.Status.GraphStatusService>();
        services.AddCatalogDatabase(configuration);
        services.AddOrchestration(configuration);
        services.AddMetricsAndFreshness(configuration);
        return services;
    }
}
