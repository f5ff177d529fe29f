using Lineage.Workbench.Hubs.Client;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Lineage.Workbench.Tests.Shared;
using Lineage.Workbench.Tests.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Lineage.Workbench.Tests.Hubs;

/// <summary>
/// A workbench on a catalog database of its own, with run events written straight into the catalog the way any
/// process running steps writes them.
/// </summary>
public sealed class RunEventsWorkbench : IAsyncDisposable
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    private readonly TestCatalogDatabase _database;
    private readonly WorkbenchAppFactory _factory;
    private readonly WebApplicationFactory<Program> _app;

    private RunEventsWorkbench(TestCatalogDatabase database, WorkbenchAppFactory factory, TimeSpan gapGrace)
    {
        _database = database;
        _factory = factory;
        _app = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Catalog", database.Connection.ConnectionString);
            builder.UseSetting("Lineage:Events:PollInterval", "00:00:00.020");
            builder.UseSetting("Lineage:Events:GapGrace", gapGrace.ToString("c"));
        });
        Contexts = database.NewFactory();
    }

    /// <summary>The catalog as a process running steps sees it.</summary>
    public CatalogDbContextFactory Contexts { get; }

    public static async Task<RunEventsWorkbench> CreateAsync(string engine, TimeSpan? gapGrace = null) =>
        new(await TestCatalogDatabase.CreateAsync(engine), new WorkbenchAppFactory(), gapGrace ?? TimeSpan.FromSeconds(2));

    /// <summary>The in-memory server, started on first use.</summary>
    public TestServer Server => _app.Server;

    public Task<RunEventsClient> ConnectAsync() =>
        RunEventsClient.ConnectAsync(Server.BaseAddress, (uri, cancellationToken) => Server.CreateWebSocketClient().ConnectAsync(uri, cancellationToken));

    public async Task<long> AddRunAsync()
    {
        await using var context = await Contexts.OpenAsync(CancellationToken.None);
        var run = new StoredRun { Selection = "*", Partitions = "[\"2026-11-20\"]", Status = RunStatus.Running, CreatedAt = Morning };
        context.Runs.Add(run);
        await context.SaveChangesAsync();
        return run.Id;
    }

    public async Task<long> AddEventAsync(long runId, string message)
    {
        await using var context = await Contexts.OpenAsync(CancellationToken.None);
        var stored = NewEvent(runId, message);
        context.RunEvents.Add(stored);
        await context.SaveChangesAsync();
        return stored.Id;
    }

    public static StoredRunEvent NewEvent(long runId, string message) => new()
    {
        RunId = runId,
        Kind = RunEventKind.Log,
        At = Morning,
        Level = "info",
        AssetKey = "quantum_features/vqe_results",
        Partition = "2026-11-20",
        Message = message,
        Data = $$"""{"message":"{{message}}"}""",
    };

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}
