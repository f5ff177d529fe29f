using Npgsql;

namespace Lineage.Workbench.Orchestration.Scheduling;

/// <summary>
/// The tables of Quartz's shared job store in the catalog's PostgreSQL database (prefix <c>qrtz_</c>), created when
/// missing. Processes starting together take turns through an advisory lock, since two concurrent
/// <c>create table if not exists</c> of the same table can still collide.
/// </summary>
public static class QuartzSchema
{
    public const string TablePrefix = "qrtz_";

    internal const string ResourceName = "Lineage.Workbench.Orchestration.Scheduling.quartz-postgres.sql";

    // Any fixed number works as long as nothing else in the database uses it as an advisory lock key.
    private const long AdvisoryLockKey = 0x4C494E_5154525A; // "LIN" "QTRZ"

    private static readonly Lazy<string> Script = new(ReadScript);

    public static async Task EnsureAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Released with the transaction, so a process that dies mid-way cannot leave it held.
        await using (var lockCommand = new NpgsqlCommand("select pg_advisory_xact_lock(@key)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", AdvisoryLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var schema = new NpgsqlCommand(Script.Value, connection, transaction))
            await schema.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string ReadScript()
    {
        using var stream = typeof(QuartzSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The build left out the embedded resource {ResourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
