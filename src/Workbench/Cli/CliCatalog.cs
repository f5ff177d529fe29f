using Lineage.Materializers.Recording;
using Lineage.Workbench.Storage;

namespace Lineage.Workbench.Cli;

/// <summary>The catalog database as verbs that run in this process use it (migrated on first use).</summary>
internal static class CliCatalog
{
    public static async Task<IMaterializationLog> OpenLogAsync(IConfiguration configuration, CancellationToken cancellationToken) =>
        new CatalogMaterializationLog(await OpenAsync(configuration, cancellationToken));

    public static async Task<CatalogDbContextFactory> OpenAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var factory = CatalogDbContextFactory.From(configuration);
        await factory.MigrateAsync(cancellationToken);
        return factory;
    }
}
