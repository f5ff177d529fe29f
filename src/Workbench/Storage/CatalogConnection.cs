using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lineage.Workbench.Storage;

/// <summary>
/// The catalog database's connection string (<c>ConnectionStrings:Catalog</c>) and the engine it names:
/// <c>Host=…</c> is PostgreSQL, anything else (<c>Data Source=…</c>) is a SQLite file.
/// </summary>
public sealed class CatalogConnection
{
    public const string ConfigurationName = "Catalog";

    public const string Default = "Data Source=data/lineage.db";

    public CatalogConnection(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ConnectionString = connectionString;
        Provider = connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? CatalogProvider.PostgreSql : CatalogProvider.Sqlite;
    }

    public string ConnectionString { get; }

    public CatalogProvider Provider { get; }

    public static CatalogConnection From(IConfiguration configuration) =>
        new(configuration.GetConnectionString(ConfigurationName) is { Length: > 0 } configured ? configured : Default);

    /// <summary>Where the database is, for messages: no credentials.</summary>
    public string Describe()
    {
        if (Provider == CatalogProvider.Sqlite)
            return $"SQLite file {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";
        var postgres = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database {postgres.Database} on {postgres.Host}:{postgres.Port}";
    }

    /// <summary>SQLite creates a missing database file but not the folder it goes in.</summary>
    public void CreateSqliteFolder()
    {
        if (Provider == CatalogProvider.Sqlite
            && new SqliteConnectionStringBuilder(ConnectionString).DataSource is { Length: > 0 } file
            && file != ":memory:"
            && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
            Directory.CreateDirectory(folder);
    }
}
