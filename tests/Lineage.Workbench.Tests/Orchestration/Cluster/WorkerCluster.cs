using Lineage.Workbench.Hosting;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lineage.Workbench.Tests.Orchestration.Cluster;

/// <summary>
/// Several <c>lineage worker</c> processes on a fresh PostgreSQL catalog, a raw folder and a throwaway warehouse, plus
/// a launcher in the test process that queues runs but executes nothing (<c>Lineage:Jobs:RunSteps</c> false).
/// </summary>
public sealed class WorkerCluster : IAsyncDisposable
{
    private readonly TestCatalogDatabase _database;
    private readonly string _folder;
    private readonly IHost _launcher;
    private readonly List<WorkerProcess> _workers = [];

    private WorkerCluster(TestCatalogDatabase database, string folder, IHost launcher)
    {
        _database = database;
        _folder = folder;
        _launcher = launcher;
    }

    public IReadOnlyList<WorkerProcess> Workers => _workers;

    public string Warehouse => Path.Combine(_folder, "warehouse");

    public static async Task<WorkerCluster> StartAsync(string raw, params string[] nodes)
    {
        var database = await TestCatalogDatabase.CreateAsync("postgres");
        var folder = Directory.CreateTempSubdirectory("lineage-cluster-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Catalog"] = database.Connection.ConnectionString,
            ["Lineage:Raw"] = raw,
            ["Lineage:Warehouse"] = Path.Combine(folder, "warehouse"),
            ["Lineage:Jobs:RunSteps"] = "false",
            ["Lineage:Jobs:NodeName"] = "launcher",
        };
        var launcher = WorkerHost.Build(settings);
        var cluster = new WorkerCluster(database, folder, launcher);
        try
        {
            // Migrates the catalog and creates the job store's tables before the workers race to do it.
            await launcher.StartAsync();
            await (await cluster.OpenDatabaseAsync()).DisposeAsync();
            var environment = new Dictionary<string, string>
            {
                ["ConnectionStrings__Catalog"] = database.Connection.ConnectionString,
                ["Lineage__Raw"] = raw,
                ["Lineage__Warehouse"] = cluster.Warehouse,
                ["Lineage__Jobs__ClusterCheckinInterval"] = "00:00:01",
                ["Lineage__Jobs__LockRetryInterval"] = "00:00:00.200",
                ["Logging__LogLevel__Default"] = "Warning",
            };
            foreach (var node in nodes)
                cluster._workers.Add(WorkerProcess.Start(node, maxParallel: 2, folder, environment));
            foreach (var worker in cluster._workers)
                await worker.WaitReadyAsync(TimeSpan.FromSeconds(60));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public WorkerProcess Worker(string node) => _workers.Single(w => w.Node == node);

    public async Task<long> LaunchAsync(string selection, IReadOnlyList<DateOnly> partitions)
    {
        var launch = await _launcher.Services.GetRequiredService<RunLauncher>().LaunchAsync(new LaunchRequest(selection, partitions), CancellationToken.None);
        return launch.RunId ?? throw new InvalidOperationException($"nothing was launched: {launch.Message}");
    }

    public async Task<RunDetail> WaitForRunAsync(long runId, TimeSpan timeout, Func<RunDetail, bool>? until = null)
    {
        until ??= d => d.Run.Status is "succeeded" or "failed" or "canceled";
        var deadline = DateTime.UtcNow + timeout;
        var queries = _launcher.Services.GetRequiredService<RunQueries>();
        while (true)
        {
            var detail = await queries.GetAsync(runId, CancellationToken.None);
            if (until(detail))
                return detail;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException(
                    $"run {runId} did not get there in {timeout.TotalSeconds} s: {detail.Run.Status}, steps "
                    + string.Join(", ", detail.Steps.GroupBy(s => s.Status).Select(g => $"{g.Count()} {g.Key}")) + "\n" + WorkerOutput());
            await Task.Delay(50);
        }
    }

    public async Task<CatalogDbContext> OpenDatabaseAsync() =>
        await _launcher.Services.GetRequiredService<CatalogDbContextFactory>().OpenAsync(CancellationToken.None);

    /// <summary>What every worker printed, for failure messages.</summary>
    public string WorkerOutput() => string.Join("\n", _workers.Select(w => $"--- worker {w.Node}{(w.HasExited ? " (exited)" : "")}:\n{w.Output}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
            worker.Dispose();
        await _launcher.StopAsync();
        _launcher.Dispose();
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
