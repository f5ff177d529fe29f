using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Hosting;

/// <summary>
/// Configuration shared by the web host and the CLI: <c>appsettings.json</c> in the working directory
/// (the repository root), then environment variables such as <c>Lineage__Warehouse</c>.
/// </summary>
public static class WorkbenchConfiguration
{
    public static IConfiguration Load() =>
        new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
}
