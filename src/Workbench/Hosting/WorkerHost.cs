using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Hosting;

/// <summary>
/// Builds a headless node: the workbench's services (catalog, orchestration, the job scheduler, freshness) without
/// pages, API or live events, configured like the web host (appsettings.json in the working directory, environment
/// variables, command line) with the given settings on top.
/// </summary>
public static class WorkerHost
{
    /// <param name="settings">Configuration entries that win over every other source, e.g. <c>Lineage:Jobs:NodeName</c>.</param>
    /// <param name="configure">Runs before the workbench services are added: services registered here replace their defaults.</param>
    public static IHost Build(
        IEnumerable<KeyValuePair<string, string?>> settings, string[]? args = null, Action<HostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args ?? [],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration.AddInMemoryCollection(settings);
        configure?.Invoke(builder);
        builder.Services.AddWorkbenchServices(builder.Configuration);
        return builder.Build();
    }
}
