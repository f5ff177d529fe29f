using System.Data.Common;
using Lineage.Lakehouse.IO;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lineage.Workbench.Storage;

/// <summary>
/// A commit lock held as a row of the catalog database (SQLite or PostgreSQL), shared by every process that uses the
/// same database: what S3 stores without conditional puts need so that two writers never both create the same table
/// version. A holder that dies loses the lock when its lease runs out.
/// </summary>
public sealed class DatabaseCommitLock : ICommitLock
{
    private const string Table = "lineage_commit_locks";

    private readonly DbProviderFactory _provider;
    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _lease;
    private readonly SemaphoreSlim _schema = new(1, 1);
    private bool _schemaReady;

    public DatabaseCommitLock(string connectionString, TimeProvider clock, TimeSpan? lease = null)
    {
        var catalog = new CatalogConnection(connectionString);
        _provider = catalog.Provider == CatalogProvider.PostgreSql ? NpgsqlFactory.Instance : SqliteFactory.Instance;
        catalog.CreateSqliteFolder();
        _connectionString = connectionString;
        _clock = clock;
        _lease = lease ?? TimeSpan.FromMinutes(1);
    }

    public async Task<IAsyncDisposable> AcquireAsync(string key, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        var owner = Guid.NewGuid().ToString("N");
        var deadline = _clock.GetUtcNow() + timeout;
        var wait = TimeSpan.FromMilliseconds(10);
        while (true)
        {
            if (await TryTakeAsync(key, owner, cancellationToken))
                return new Held(this, key, owner);
            if (_clock.GetUtcNow() >= deadline)
                throw new CommitLockTimeoutException(key, timeout);
            await Task.Delay(wait + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 10)), cancellationToken);
            wait = TimeSpan.FromMilliseconds(Math.Min(wait.TotalMilliseconds * 2, 250));
        }
    }

    private async Task<bool> TryTakeAsync(string key, string owner, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await OpenAsync(cancellationToken);
        // An expired lease is taken over; a live one blocks the insert.
        await ExecuteAsync(connection, $"DELETE FROM {Table} WHERE lock_key = @key AND expires_at < @now", cancellationToken, ("key", key), ("now", now));
        var inserted = await ExecuteAsync(connection,
            $"INSERT INTO {Table} (lock_key, owner, expires_at) VALUES (@key, @owner, @expires) ON CONFLICT (lock_key) DO NOTHING",
            cancellationToken, ("key", key), ("owner", owner), ("expires", now + (long)_lease.TotalMilliseconds));
        return inserted == 1;
    }

    private async Task ReleaseAsync(string key, string owner)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await ExecuteAsync(connection, $"DELETE FROM {Table} WHERE lock_key = @key AND owner = @owner", CancellationToken.None, ("key", key), ("owner", owner));
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
            return;
        await _schema.WaitAsync(cancellationToken);
        try
        {
            if (_schemaReady)
                return;
            await using var connection = await OpenAsync(cancellationToken);
            try
            {
                await ExecuteAsync(connection,
                    $"CREATE TABLE IF NOT EXISTS {Table} (lock_key VARCHAR(1024) PRIMARY KEY, owner VARCHAR(64) NOT NULL, expires_at BIGINT NOT NULL)",
                    cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.DuplicateObject or PostgresErrorCodes.UniqueViolation)
            {
                // Another process created the table at the same moment: PostgreSQL's IF NOT EXISTS is not atomic against that.
            }
            _schemaReady = true;
        }
        finally
        {
            _schema.Release();
        }
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _provider.CreateConnection()!;
        connection.ConnectionString = _connectionString;
        await connection.OpenAsync(cancellationToken);
        if (connection is SqliteConnection)
            await ExecuteAsync(connection, "PRAGMA busy_timeout = 5000", cancellationToken);
        return connection;
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class Held(DatabaseCommitLock owner, string key, string id) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await owner.ReleaseAsync(key, id);
    }
}
