using Lineage.Assets.Graph;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Orchestration.Freshness;
using Lineage.Workbench.Tests.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using static Lineage.Assets.Quantum.QuantumAssetKeys;

namespace Lineage.Workbench.Tests.Orchestration.Freshness;

/// <summary>The monitor evaluates freshness and alerts once per transition to overdue.</summary>
public sealed class FreshnessMonitorTests
{
    private const string Today = "2026-11-20";
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly AssetGraph Graph = new AssetCatalog(new DateOnly(2026, 11, 1)).Graph;

    private sealed class RecordingSink : IFreshnessAlertSink
    {
        public List<AssetFreshness> Alerts { get; } = [];

        public int FailuresLeft { get; set; }

        public Task OverdueAsync(AssetFreshness freshness, CancellationToken cancellationToken)
        {
            if (FailuresLeft-- > 0)
                throw new IOException("alert channel down");
            Alerts.Add(freshness);
            return Task.CompletedTask;
        }
    }

    private static FreshnessMonitor Monitor(TestCatalogDatabase database, TimeProvider clock, IFreshnessAlertSink sink)
    {
        var configuration = new ConfigurationBuilder().Build();
        var options = FreshnessOptions.From(configuration);
        var service = new FreshnessService(database.NewFactory(), Graph, FreshnessPolicies.From(Graph, configuration), options, clock);
        return new FreshnessMonitor(service, sink, options, clock, NullLogger<FreshnessMonitor>.Instance);
    }

    [Fact]
    public async Task Becoming_overdue_alerts_once_and_again_only_after_catching_up()
    {
        await using var database = await TestCatalogDatabase.CreateAsync("sqlite");
        var rows = new CatalogRows(database.NewFactory());
        var clock = new ManualClock(Noon);
        var sink = new RecordingSink();
        var monitor = Monitor(database, clock, sink);
        await rows.ObservedAsync(RawVqeResults, Today, Noon, "raw-1");
        foreach (var table in BaseTables)
            await rows.MaterializedAsync(table, Today, Noon.AddMinutes(1), TimeSpan.FromMinutes(1), (RawVqeResults, "raw-1"));

        await monitor.CheckAsync(CancellationToken.None);
        clock.Now = Noon.AddHours(1);
        await monitor.CheckAsync(CancellationToken.None);
        Assert.Equal([MlIterationFeatures], sink.Alerts.Select(a => a.Asset));

        clock.Now = Noon.AddHours(2);
        await monitor.CheckAsync(CancellationToken.None);
        Assert.Single(sink.Alerts);

        await rows.MaterializedAsync(MlIterationFeatures, Today, Noon.AddHours(2), TimeSpan.FromMinutes(1));
        await rows.MaterializedAsync(MlRunSummary, Today, Noon.AddHours(2).AddMinutes(2), TimeSpan.FromMinutes(1));
        await monitor.CheckAsync(CancellationToken.None);
        await rows.MaterializedAsync(VqeResults, Today, Noon.AddHours(2).AddMinutes(5), TimeSpan.FromMinutes(1));
        clock.Now = Noon.AddHours(3);
        await monitor.CheckAsync(CancellationToken.None);

        Assert.Equal([MlIterationFeatures, MlIterationFeatures], sink.Alerts.Select(a => a.Asset));
        Assert.Equal(Noon.AddHours(2).AddMinutes(6), sink.Alerts[1].OldestUnreflectedAt);
    }

    [Fact]
    public async Task An_alert_the_sink_could_not_take_is_sent_at_the_next_check()
    {
        await using var database = await TestCatalogDatabase.CreateAsync("sqlite");
        await new CatalogRows(database.NewFactory()).ObservedAsync(RawVqeResults, Today, Noon.AddHours(-2), "raw-1");
        var sink = new RecordingSink { FailuresLeft = BaseTables.Count };
        var monitor = Monitor(database, new ManualClock(Noon), sink);

        await monitor.CheckAsync(CancellationToken.None);
        Assert.Empty(sink.Alerts);

        await monitor.CheckAsync(CancellationToken.None);
        await monitor.CheckAsync(CancellationToken.None);
        Assert.Equal(BaseTables.Order(), sink.Alerts.Select(a => a.Asset).Order());
    }
}
