using Lineage.Workbench.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lineage.Workbench.Tests.Storage;

/// <summary>
/// A fresh, empty catalog database for one test: a SQLite file in its own temp folder, or a database of its own on
/// the PostgreSQL cluster ./test.sh starts (LINEAGE_TEST_POSTGRES). Disposing drops it.
/// </summary>
public sealed class TestCatalogDatabase : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _postgresName;

    private TestCatalogDatabase(CatalogConnection connection, string? folder, string? postgresName)
    {
        Connection = connection;
        _folder = folder;
        _postgresName = postgresName;
    }

    public static TheoryData<string> Engines() => new() { "sqlite", "postgres" };

    public CatalogConnection Connection { get; }

    /// <summary>A factory as a new process would have it: nothing migrated yet as far as it knows.</summary>
    public CatalogDbContextFactory NewFactory() => new(Connection);

    public CatalogMaterializationLog NewLog() => new(NewFactory());

    public static async Task<TestCatalogDatabase> CreateAsync(string engine)
    {
        if (engine == "sqlite")
        {
            var folder = Directory.CreateTempSubdirectory("lineage-catalog-").FullName;
            return new TestCatalogDatabase(new CatalogConnection($"Data Source={Path.Combine(folder, "catalog.db")}"), folder, null);
        }
        var server = Environment.GetEnvironmentVariable("LINEAGE_TEST_POSTGRES") is { Length: > 0 } postgres
            ? postgres
            : throw new InvalidOperationException("LINEAGE_TEST_POSTGRES is not set: run ./test.sh, which starts a PostgreSQL cluster for the tests.");
        var name = $"lineage_catalog_{Guid.NewGuid():N}";
        await AdministerAsync(server, $"CREATE DATABASE \"{name}\"");
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestCatalogDatabase(new CatalogConnection(builder.ConnectionString), null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await AdministerAsync(Environment.GetEnvironmentVariable("LINEAGE_TEST_POSTGRES")!, $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)");
        }
    }

    private static async Task AdministerAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
