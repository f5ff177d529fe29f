using System.Diagnostics;
using System.Globalization;
using Lineage.Workbench.Hosting;
using Lineage.Workbench.Orchestration.Execution;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Lineage.Bench;

/// <summary>
/// Launches one run of N steps that do nothing (<c>ml_run_summary</c> over N days, executed by a no-op executor) in a
/// headless node and measures launch to finish: the engine's cost per step — planning, queueing on Quartz, locks,
/// step and run events, dispatching — on SQLite with the in-memory job store and on PostgreSQL with the clustered store.
/// </summary>
internal static class SchedulingBenchmark
{
    private const string Selection = "ml_run_summary";
    private static readonly DateOnly FirstDay = new(2024, 1, 1);

    public static async Task<int> RunAsync(string[] args)
    {
        var steps = int.Parse(Option(args, "--steps") ?? "1000", CultureInfo.InvariantCulture);
        var maxParallel = int.Parse(Option(args, "--max-parallel") ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var postgres = Option(args, "--postgres") ?? Environment.GetEnvironmentVariable("LINEAGE_BENCH_POSTGRES");
        Console.WriteLine($"{steps:N0} no-op steps ({Selection} over {steps:N0} days), max parallel {maxParallel}");
        Console.WriteLine($"{"engine",-34}{"launch s",9}{"total s",9}{"steps/s",10}{"ms/step",9}{"overhead ms/step",18}");
        await MeasureAsync("SQLite, memory job store", steps, maxParallel, "Data Source={folder}/catalog.db", null);
        if (postgres is null)
            Console.WriteLine("PostgreSQL skipped: pass --postgres CONNECTION or set LINEAGE_BENCH_POSTGRES (a server where a database may be created)");
        else
        {
            var name = $"lineage_bench_{Guid.NewGuid():N}";
            await AdministerAsync(postgres, $"CREATE DATABASE \"{name}\"");
            var catalog = new NpgsqlConnectionStringBuilder(postgres) { Database = name }.ConnectionString;
            await MeasureAsync("PostgreSQL, clustered job store", steps, maxParallel, catalog,
                () => AdministerAsync(postgres, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"));
        }
        Console.WriteLine("launch s = until the launch call returned (every unit queued); total s = until the run finished");
        Console.WriteLine("ms/step = wall time ÷ steps; overhead ms/step = wall time × max parallel ÷ steps (worker-thread time per step, the executor taking none)");
        return 0;
    }

    private static async Task MeasureAsync(string engine, int steps, int maxParallel, string catalog, Func<Task>? cleanUp)
    {
        var folder = Directory.CreateTempSubdirectory("lineage-bench-scheduling-").FullName;
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["ConnectionStrings:Catalog"] = catalog.Replace("{folder}", folder, StringComparison.Ordinal),
                ["Lineage:Raw"] = Directory.CreateDirectory(Path.Combine(folder, "raw")).FullName,
                ["Lineage:Warehouse"] = Path.Combine(folder, "warehouse"),
                ["Lineage:Jobs:MaxParallel"] = maxParallel.ToString(CultureInfo.InvariantCulture),
                ["Lineage:Jobs:NodeName"] = "bench",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            using var host = WorkerHost.Build(settings, configure: builder => builder.Services.AddSingleton<IStepExecutor, NoOpStepExecutor>());
            await host.StartAsync();
            var contexts = host.Services.GetRequiredService<CatalogDbContextFactory>();
            await (await contexts.OpenAsync(CancellationToken.None)).DisposeAsync();

            var partitions = Enumerable.Range(0, steps).Select(FirstDay.AddDays).ToList();
            var clock = Stopwatch.StartNew();
            var launch = await host.Services.GetRequiredService<RunLauncher>().LaunchAsync(new LaunchRequest(Selection, partitions), CancellationToken.None);
            var launched = clock.Elapsed.TotalSeconds;
            var run = await WaitForFinishAsync(contexts, launch.RunId!.Value);
            var seconds = clock.Elapsed.TotalSeconds;
            await host.StopAsync();

            var status = await DescribeAsync(contexts, run, steps);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{engine,-34}{launched,9:0.00}{seconds,9:0.00}{steps / seconds,10:0.0}{seconds * 1000 / steps,9:0.00}{seconds * 1000 * maxParallel / steps,18:0.00}{status}"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            if (cleanUp is not null)
                await cleanUp();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Nothing when every planned step succeeded; else what went wrong, so a broken run is not taken for a fast one.</summary>
    private static async Task<string> DescribeAsync(CatalogDbContextFactory contexts, StoredRun run, int planned)
    {
        await using var db = await contexts.OpenAsync(CancellationToken.None);
        var succeeded = await db.RunSteps.CountAsync(s => s.RunId == run.Id && s.Status == StepStatus.Succeeded);
        return run.Status == RunStatus.Succeeded && succeeded == planned ? "" : $"  (run {run.Status}, {succeeded} of {planned} steps succeeded: {run.Error})";
    }

    private static async Task<StoredRun> WaitForFinishAsync(CatalogDbContextFactory contexts, long runId)
    {
        while (true)
        {
            await using (var db = await contexts.OpenAsync(CancellationToken.None))
            {
                var run = await db.Runs.AsNoTracking().SingleAsync(r => r.Id == runId);
                if (run.Status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Canceled)
                    return run;
            }
            await Task.Delay(10);
        }
    }

    private static async Task AdministerAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
