using Lineage.Workbench.Orchestration.Execution;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Lineage.Workbench.Tests.Shared;
using Lineage.Workbench.Tests.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Workbench.Tests.Orchestration;

/// <summary>
/// The workbench with its job scheduler on a fresh catalog database (SQLite or PostgreSQL), the sample raw data and a
/// throwaway warehouse, without the built-in schedules and automation; optionally a scripted executor instead of the
/// materializer, and extra settings.
/// </summary>
public sealed class EngineHost : WebApplicationFactory<Program>
{
    private readonly TestCatalogDatabase _database;
    private readonly string _warehouse = Directory.CreateTempSubdirectory("lineage-engine-").FullName;
    private readonly IStepExecutor? _executor;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private EngineHost(TestCatalogDatabase database, IStepExecutor? executor, IReadOnlyDictionary<string, string?> settings)
    {
        _database = database;
        _executor = executor;
        _settings = settings;
    }

    /// <param name="overNetwork">Serve on a loopback port (see <see cref="Address"/>) rather than in memory, for clients with their own sockets.</param>
    public static async Task<EngineHost> StartAsync(
        string engine, IStepExecutor? executor = null, IReadOnlyDictionary<string, string?>? settings = null, bool overNetwork = false)
    {
        var host = new EngineHost(await TestCatalogDatabase.CreateAsync(engine), executor, settings ?? new Dictionary<string, string?>());
        if (overNetwork)
        {
            host.UseKestrel(0);
            host.StartServer();
        }
        else
            host.CreateClient().Dispose();
        return host;
    }

    /// <summary>The loopback address of a host started over the network.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public string Warehouse => _warehouse;

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public Task<LaunchResult> LaunchAsync(string selection, params string[] partitions) =>
        Service<RunLauncher>().LaunchAsync(new LaunchRequest(selection, partitions.Select(DateOnly.Parse).ToList()), CancellationToken.None);

    public async Task<RunDetail> WaitForRunAsync(long runId, Func<RunDetail, bool>? until = null)
    {
        until ??= d => d.Run.Status is "succeeded" or "failed" or "canceled";
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var detail = await Service<RunQueries>().GetAsync(runId, CancellationToken.None);
            if (until(detail))
                return detail;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"run {runId} did not get there in 90 s: {detail.Run.Status}, steps {string.Join(", ", detail.Steps.Select(s => $"{s.Asset} {s.Partition}={s.Status}"))}; "
                    + $"events: {string.Join(" | ", (await EventsAsync(runId)).TakeLast(30).Select(e => $"{e.Id} {e.Message}"))}");
            await Task.Delay(50);
        }
    }

    public async Task<IReadOnlyList<StoredRunEvent>> EventsAsync(long runId)
    {
        await using var db = await Service<CatalogDbContextFactory>().OpenAsync(CancellationToken.None);
        return await db.RunEvents.AsNoTracking().Where(e => e.RunId == runId).OrderBy(e => e.Id).ToListAsync();
    }

    public async Task<CatalogDbContext> OpenDatabaseAsync() => await Service<CatalogDbContextFactory>().OpenAsync(CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Catalog", _database.Connection.ConnectionString);
        builder.UseSetting("Lineage:Raw", RepoPaths.SampleRaw);
        builder.UseSetting("Lineage:Warehouse", _warehouse);
        builder.UseSetting("Lineage:Jobs:LockRetryInterval", "00:00:00.100");
        builder.UseSetting("Lineage:Jobs:CancelPollInterval", "00:00:00.100");
        // Runs a test did not launch would get in its way; tests of schedules and automation switch them on.
        builder.UseSetting("Lineage:Schedules:quantum_feature_processing:Enabled", "false");
        builder.UseSetting("Lineage:Schedules:raw_observation:Enabled", "false");
        builder.UseSetting("Lineage:Automation:Enabled", "false");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        if (_executor is not null)
            builder.ConfigureTestServices(services => services.AddSingleton(_executor));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await _database.DisposeAsync();
        if (Directory.Exists(_warehouse))
            Directory.Delete(_warehouse, recursive: true);
    }
}
