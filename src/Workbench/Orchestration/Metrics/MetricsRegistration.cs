using Lineage.Workbench.Catalog;
using Lineage.Workbench.Orchestration.Freshness;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lineage.Workbench.Orchestration.Metrics;

public static class MetricsRegistration
{
    /// <summary>
    /// Freshness (policies from <c>Lineage:Freshness</c>, the service, the monitor with a logging alert sink unless
    /// another <see cref="IFreshnessAlertSink"/> is registered) and the <c>/metrics</c> exposition. Needs the asset
    /// catalog, the catalog database and a <see cref="TimeProvider"/> registered.
    /// </summary>
    public static IServiceCollection AddMetricsAndFreshness(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => FreshnessOptions.From(configuration));
        services.AddSingleton(provider => FreshnessPolicies.From(provider.GetRequiredService<AssetCatalog>().Graph, configuration));
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<FreshnessService>(
            provider, provider.GetRequiredService<AssetCatalog>().Graph));
        services.TryAddSingleton<IFreshnessAlertSink, LoggingFreshnessAlertSink>();
        services.AddSingleton<FreshnessMonitor>();
        services.AddHostedService(provider => provider.GetRequiredService<FreshnessMonitor>());
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<CatalogMetricsReader>(
            provider, provider.GetRequiredService<AssetCatalog>().Graph));
        services.AddSingleton<MetricsExposition>();
        return services;
    }
}
