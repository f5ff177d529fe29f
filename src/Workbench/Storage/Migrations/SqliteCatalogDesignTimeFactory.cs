using Microsoft.EntityFrameworkCore.Design;

namespace Lineage.Workbench.Storage.Migrations;

/// <summary>Builds the SQLite context for <c>dotnet ef migrations add</c>; no database is opened.</summary>
public sealed class SqliteCatalogDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCatalogDbContext>
{
    public SqliteCatalogDbContext CreateDbContext(string[] args) =>
        (SqliteCatalogDbContext)new CatalogDbContextFactory(new CatalogConnection(CatalogConnection.Default)).CreateDbContext();
}
