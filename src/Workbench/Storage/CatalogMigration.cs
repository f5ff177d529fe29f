namespace Lineage.Workbench.Storage;

/// <summary>Brings the catalog database up to date when the web host starts, before it serves requests.</summary>
public sealed class CatalogMigration(CatalogDbContextFactory contexts) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => contexts.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
