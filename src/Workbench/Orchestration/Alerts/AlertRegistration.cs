using Lineage.Workbench.Catalog;

namespace Lineage.Workbench.Orchestration.Alerts;

public static class AlertRegistration
{
    /// <summary>The HttpClient name webhook channels post with.</summary>
    public const string HttpClientName = "Lineage.Alerts";

    private static readonly TimeSpan WebhookTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Registers <see cref="AlertOptions"/> (bound and checked now, so a bad route fails at startup), <see cref="AlertLinks"/>,
    /// <see cref="AlertFactory"/> (needs the <see cref="AssetCatalog"/> and <see cref="TimeProvider"/> registrations)
    /// and <see cref="AlertDispatcher"/>.
    /// </summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        var options = AlertOptions.From(configuration);
        services.AddSingleton(options);
        // The dispatcher keeps one client for the process: connection recycling (for DNS changes) happens in the handler.
        services.AddHttpClient(HttpClientName, client => client.Timeout = WebhookTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton(new AlertLinks(options.PublicUrl!));
        services.AddSingleton<AlertFactory>();
        services.AddSingleton(provider =>
        {
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            var routes = options.Routes.Select(route => AlertRoute.From(route, http)).ToList();
            return new AlertDispatcher(routes, provider.GetRequiredService<ILogger<AlertDispatcher>>());
        });
        return services;
    }
}
