using Lineage.Workbench.Hubs.Client;
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
using Microsoft.Extensions.DependencyInjection;

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

    private readonly bool _overNetwork;

    private RunEventsWorkbench(TestCatalogDatabase database, WorkbenchAppFactory factory, TimeSpan gapGrace, bool overNetwork)
    {
        _overNetwork = overNetwork;
        _database = database;
        _factory = factory;
        _app = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Catalog", database.Connection.ConnectionString);
            builder.UseSetting("Lineage:Events:PollInterval", "00:00:00.020");
            builder.UseSetting("Lineage:Events:GapGrace", gapGrace.ToString("c"));
        });
        if (overNetwork)
            _app.UseKestrel(0);
        Contexts = database.NewFactory();
    }

    /// <summary>The catalog as a process running steps sees it.</summary>
    public CatalogDbContextFactory Contexts { get; }

    /// <param name="overNetwork">Serve on a loopback port and connect with a real WebSocket, rather than in memory.</param>
    public static async Task<RunEventsWorkbench> CreateAsync(string engine, TimeSpan? gapGrace = null, bool overNetwork = false) =>
        new(await TestCatalogDatabase.CreateAsync(engine), new WorkbenchAppFactory(), gapGrace ?? TimeSpan.FromSeconds(2), overNetwork);

    public Task<RunEventsClient> ConnectAsync()
    {
        if (!_overNetwork)
            return RunEventsClient.ConnectAsync(_app.Server.BaseAddress, (uri, cancellationToken) => _app.Server.CreateWebSocketClient().ConnectAsync(uri, cancellationToken));
        _app.StartServer();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return RunEventsClient.ConnectAsync(new Uri(address));
    }

    public T Service<T>() where T : notnull
    {
        // Reading the server starts the host (and its relay).
        _ = _app.Server;
        return _app.Services.GetRequiredService<T>();
    }

    public async Task<long> AddRunAsync()
    {
        await using var context = await Contexts.OpenAsync(CancellationToken.None);
        var run = new StoredRun { Selection = "*", Partitions = "[\"2026-11-20\"]", Status = RunStatus.Succeeded, CreatedAt = Morning };
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
