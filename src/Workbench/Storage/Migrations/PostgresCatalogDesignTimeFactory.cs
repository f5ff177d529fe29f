using Microsoft.EntityFrameworkCore.Design;

namespace Lineage.Workbench.Storage.Migrations;

/// <summary>Builds the PostgreSQL context for <c>dotnet ef migrations add</c>; no database is opened.</summary>
public sealed class PostgresCatalogDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCatalogDbContext>
{
    public PostgresCatalogDbContext CreateDbContext(string[] args) =>
        (PostgresCatalogDbContext)new CatalogDbContextFactory(new CatalogConnection("Host=localhost;Database=lineage")).CreateDbContext();
}
