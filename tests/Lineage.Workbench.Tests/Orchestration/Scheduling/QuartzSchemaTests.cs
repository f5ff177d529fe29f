using Lineage.Workbench.Orchestration.Scheduling;
using Lineage.Workbench.Tests.Storage;
using Npgsql;

namespace Lineage.Workbench.Tests.Orchestration.Scheduling;

public class QuartzSchemaTests
{
    private static readonly string[] Tables =
    [
        "qrtz_blob_triggers", "qrtz_calendars", "qrtz_cron_triggers", "qrtz_fired_triggers", "qrtz_job_details", "qrtz_locks",
        "qrtz_paused_job_grps", "qrtz_paused_trigger_grps", "qrtz_scheduler_state", "qrtz_simple_triggers", "qrtz_simprop_triggers",
        "qrtz_triggers",
    ];

    [Fact]
    public async Task Schema_creates_the_job_store_tables_and_applies_again_without_error()
    {
        await using var database = await TestCatalogDatabase.CreateAsync("postgres");

        await QuartzSchema.EnsureAsync(database.Connection.ConnectionString, CancellationToken.None);
        await QuartzSchema.EnsureAsync(database.Connection.ConnectionString, CancellationToken.None);

        Assert.Equal(Tables, await QuartzTablesAsync(database.Connection.ConnectionString));
    }

    [Fact]
    public async Task Schema_applies_from_several_connections_at_once()
    {
        await using var database = await TestCatalogDatabase.CreateAsync("postgres");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => QuartzSchema.EnsureAsync(database.Connection.ConnectionString, CancellationToken.None))));

        Assert.Equal(Tables, await QuartzTablesAsync(database.Connection.ConnectionString));
    }

    private static async Task<string[]> QuartzTablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select table_name from information_schema.tables where table_schema = current_schema() and table_name like 'qrtz%' order by table_name",
            connection);
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            tables.Add(reader.GetString(0));
        return [.. tables];
    }
}
