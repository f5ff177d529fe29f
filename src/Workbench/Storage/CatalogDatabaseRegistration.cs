using Lineage.Materializers.Recording;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Storage;

public static class CatalogDatabaseRegistration
{
    /// <summary>
    /// The catalog database named by <c>ConnectionStrings:Catalog</c>: the context factory, the materialization log,
    /// and the migrations applied at start-up.
    /// </summary>
    public static IServiceCollection AddCatalogDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => CatalogConnection.From(configuration));
        services.AddSingleton<CatalogDbContextFactory>();
        services.AddSingleton<IDbContextFactory<CatalogDbContext>>(provider => provider.GetRequiredService<CatalogDbContextFactory>());
        services.AddSingleton<IMaterializationLog, CatalogMaterializationLog>();
        services.AddHostedService<CatalogMigration>();
        return services;
    }
}
