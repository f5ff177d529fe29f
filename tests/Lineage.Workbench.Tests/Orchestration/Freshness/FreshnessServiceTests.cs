using Lineage.Assets.Graph;
using Lineage.Assets.Keys;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Orchestration.Freshness;
using Lineage.Workbench.Tests.Storage;
using Microsoft.Extensions.Configuration;
using static Lineage.Assets.Quantum.QuantumAssetKeys;

namespace Lineage.Workbench.Tests.Orchestration.Freshness;

/// <summary>The lag of each asset behind its upstream, read from the catalog tables on SQLite and PostgreSQL.</summary>
public sealed class FreshnessServiceTests
{
    private const string Today = "2026-11-20";
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly AssetGraph Graph = new AssetCatalog(new DateOnly(2026, 11, 1)).Graph;

    private static FreshnessService Service(TestCatalogDatabase database, TimeProvider clock, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        return new FreshnessService(
            database.NewFactory(), Graph, FreshnessPolicies.From(Graph, configuration), FreshnessOptions.From(configuration), clock);
    }

    private static async Task<AssetFreshness> EvaluateAsync(FreshnessService service, AssetKey asset) =>
        Assert.Single(await service.EvaluateAsync(CancellationToken.None), f => f.Asset == asset);

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Every_materialized_asset_is_evaluated_and_sources_are_not(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);

        var evaluation = await Service(database, new ManualClock(Noon)).EvaluateAsync(CancellationToken.None);

        Assert.Equal(Graph.TopologicalOrder.Where(k => k != RawVqeResults), evaluation.Select(f => f.Asset));
        Assert.All(evaluation, f => Assert.Equal((TimeSpan.Zero, false, (string?)null), (f.Lag, f.Overdue, f.Partition)));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_partition_never_materialized_lags_from_the_upstream_record(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var rows = new CatalogRows(database.NewFactory());
        await rows.ObservedAsync(RawVqeResults, Today, Noon.AddHours(-2), "raw-1");
        await rows.ObservedAsync(RawVqeResults, Today, Noon.AddHours(-1), "raw-2");

        var molecules = await EvaluateAsync(Service(database, new ManualClock(Noon)), Molecules);

        Assert.Equal(new AssetFreshness(Molecules, TimeSpan.FromMinutes(90), TimeSpan.FromHours(2), true, Noon.AddHours(-2), Today), molecules);
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task An_observation_that_found_no_files_is_no_upstream_data(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        await new CatalogRows(database.NewFactory()).ObservedAsync(RawVqeResults, Today, Noon.AddHours(-5), "empty", files: 0);

        var molecules = await EvaluateAsync(Service(database, new ManualClock(Noon)), Molecules);

        Assert.Equal(TimeSpan.Zero, molecules.Lag);
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_materialization_after_the_upstream_record_leaves_no_lag(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var rows = new CatalogRows(database.NewFactory());
        await rows.ObservedAsync(RawVqeResults, Today, Noon.AddHours(-3), "raw-1");
        await rows.MaterializedAsync(Molecules, Today, Noon.AddHours(-2), TimeSpan.FromMinutes(1), (RawVqeResults, "raw-1"));
        await rows.MaterializedAsync(VqeIterations, Today, Noon.AddHours(-2), TimeSpan.FromMinutes(2), (RawVqeResults, "raw-1"));
        await rows.MaterializedAsync(MlIterationFeatures, Today, Noon.AddHours(-1), TimeSpan.FromMinutes(1), (VqeIterations, "it-1"));

        var service = Service(database, new ManualClock(Noon));

        Assert.Equal(new AssetFreshness(Molecules, TimeSpan.FromMinutes(90), TimeSpan.Zero, false, null, null), await EvaluateAsync(service, Molecules));
        Assert.Equal(TimeSpan.Zero, (await EvaluateAsync(service, MlIterationFeatures)).Lag);
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_newer_upstream_materialization_lags_from_its_commit(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var rows = new CatalogRows(database.NewFactory());
        await rows.MaterializedAsync(MlIterationFeatures, Today, Noon.AddHours(-2), TimeSpan.FromMinutes(1));
        await rows.MaterializedAsync(VqeIterations, Today, Noon.AddMinutes(-62), TimeSpan.FromMinutes(2));
        await rows.MaterializedAsync(VqeIterations, Today, Noon.AddMinutes(-20), TimeSpan.FromMinutes(2));
        await rows.MaterializedAsync(VqeResults, "2026-11-19", Noon.AddMinutes(-30), TimeSpan.FromMinutes(5));

        var features = await EvaluateAsync(Service(database, new ManualClock(Noon)), MlIterationFeatures);

        Assert.Equal(
            new AssetFreshness(MlIterationFeatures, TimeSpan.FromMinutes(45), TimeSpan.FromMinutes(60), true, Noon.AddMinutes(-60), Today),
            features);
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_source_observed_again_with_the_data_version_read_is_reflected_and_with_another_is_not(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var rows = new CatalogRows(database.NewFactory());
        await rows.ObservedAsync(RawVqeResults, Today, Noon.AddHours(-4), "raw-1");
        await rows.MaterializedAsync(Molecules, Today, Noon.AddHours(-3), TimeSpan.FromMinutes(1), (RawVqeResults, "raw-1"));
        await rows.ObservedAsync(RawVqeResults, Today, Noon.AddHours(-2), "raw-1");
        var clock = new ManualClock(Noon);

        Assert.Equal(TimeSpan.Zero, (await EvaluateAsync(Service(database, clock), Molecules)).Lag);

        await rows.ObservedAsync(RawVqeResults, Today, Noon.AddMinutes(-30), "raw-2");
        var molecules = await EvaluateAsync(Service(database, clock), Molecules);

        Assert.Equal((TimeSpan.FromMinutes(30), false, Noon.AddMinutes(-30)), (molecules.Lag, molecules.Overdue, molecules.OldestUnreflectedAt));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task The_oldest_unreflected_record_over_all_partitions_sets_the_lag(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var rows = new CatalogRows(database.NewFactory());
        await rows.ObservedAsync(RawVqeResults, "2026-11-18", Noon.AddHours(-30), "old-day");
        await rows.MaterializedAsync(HamiltonianTerms, "2026-11-18", Noon.AddHours(-29), TimeSpan.FromMinutes(1), (RawVqeResults, "old-day"));
        await rows.ObservedAsync(RawVqeResults, "2026-11-19", Noon.AddHours(-10), "yesterday");
        await rows.ObservedAsync(RawVqeResults, Today, Noon.AddHours(-1), "today");

        var terms = await EvaluateAsync(Service(database, new ManualClock(Noon)), HamiltonianTerms);

        Assert.Equal((TimeSpan.FromHours(10), "2026-11-19"), (terms.Lag, terms.Partition));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Partitions_before_the_window_are_not_looked_at(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var rows = new CatalogRows(database.NewFactory());
        await rows.ObservedAsync(RawVqeResults, "2026-11-17", Noon.AddHours(-1), "raw");
        var clock = new ManualClock(Noon);

        Assert.Equal(TimeSpan.Zero, (await EvaluateAsync(Service(database, clock, ("Lineage:Freshness:WindowDays", "3")), Molecules)).Lag);
        Assert.Equal(TimeSpan.FromHours(1), (await EvaluateAsync(Service(database, clock, ("Lineage:Freshness:WindowDays", "4")), Molecules)).Lag);
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task An_asset_setting_beats_its_group_setting_which_beats_the_default(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var rows = new CatalogRows(database.NewFactory());
        await rows.ObservedAsync(RawVqeResults, Today, Noon.AddHours(-1), "raw");
        await rows.MaterializedAsync(VqeIterations, Today, Noon.AddHours(-1), TimeSpan.Zero, (RawVqeResults, "raw"));
        var service = Service(database, new ManualClock(Noon),
            ("Lineage:Freshness:base_features", "00:30:00"),
            ("Lineage:Freshness:quantum_features/molecules", "02:00:00"),
            ("Lineage:Freshness:ml_run_summary", "00:50:00"));

        var evaluation = (await service.EvaluateAsync(CancellationToken.None)).ToDictionary(f => f.Asset);

        Assert.Equal((TimeSpan.FromHours(2), false), (evaluation[Molecules].MaxLag, evaluation[Molecules].Overdue));
        Assert.Equal((TimeSpan.FromMinutes(30), true), (evaluation[AnsatzInfo].MaxLag, evaluation[AnsatzInfo].Overdue));
        Assert.Equal((TimeSpan.FromMinutes(45), true), (evaluation[MlIterationFeatures].MaxLag, evaluation[MlIterationFeatures].Overdue));
        Assert.Equal((TimeSpan.FromMinutes(50), false), (evaluation[MlRunSummary].MaxLag, evaluation[MlRunSummary].Overdue));
    }
}
