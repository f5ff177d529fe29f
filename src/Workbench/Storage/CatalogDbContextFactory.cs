using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Storage;

/// <summary>
/// Creates a short-lived <see cref="CatalogDbContext"/> of the engine the connection string names, and brings the
/// database up to date (once per factory) before the first context is handed out. Works with and without DI.
/// </summary>
public sealed class CatalogDbContextFactory : IDbContextFactory<CatalogDbContext>
{
    private readonly CatalogConnection _connection;
    private readonly Func<CatalogDbContext> _create;
    private readonly SemaphoreSlim _migration = new(1, 1);
    private bool _migrated;

    public CatalogDbContextFactory(CatalogConnection connection)
    {
        _connection = connection;
        _create = connection.Provider switch
        {
            CatalogProvider.PostgreSql => CreatePostgres(connection.ConnectionString),
            _ => CreateSqlite(connection.ConnectionString),
        };
    }

    public CatalogProvider Provider => _connection.Provider;

    public static CatalogDbContextFactory From(IConfiguration configuration) => new(CatalogConnection.From(configuration));

    /// <summary>A context on a database that may not be migrated yet; prefer <see cref="OpenAsync"/>.</summary>
    public CatalogDbContext CreateDbContext() => _create();

    /// <summary>A context on the migrated database.</summary>
    public async Task<CatalogDbContext> OpenAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        return CreateDbContext();
    }

    /// <summary>Applies the migrations the database lacks; EF Core's migration lock keeps concurrent processes apart.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (_migrated)
            return;
        await _migration.WaitAsync(cancellationToken);
        try
        {
            if (_migrated)
                return;
            _connection.CreateSqliteFolder();
            await using var context = CreateDbContext();
            await context.Database.MigrateAsync(cancellationToken);
            _migrated = true;
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException)
        {
            throw new CatalogDatabaseUnavailableException(_connection, e);
        }
        finally
        {
            _migration.Release();
        }
    }

    private static Func<CatalogDbContext> CreateSqlite(string connectionString)
    {
        var options = new DbContextOptionsBuilder<SqliteCatalogDbContext>().UseSqlite(connectionString).Options;
        return () => new SqliteCatalogDbContext(options);
    }

    private static Func<CatalogDbContext> CreatePostgres(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PostgresCatalogDbContext>().UseNpgsql(connectionString).Options;
        return () => new PostgresCatalogDbContext(options);
    }
}
