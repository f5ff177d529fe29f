using Lineage.Workbench.Catalog;
using Lineage.Workbench.Orchestration.Metrics;
using Lineage.Workbench.Storage.Runs;
using Lineage.Workbench.Tests.Orchestration.Freshness;
using Lineage.Workbench.Tests.Storage;

namespace Lineage.Workbench.Tests.Orchestration.Metrics;

/// <summary>Run, step and check metrics read from the catalog database, on SQLite and PostgreSQL.</summary>
public sealed class CatalogMetricsReaderTests
{
    private static CatalogMetricsReader Reader(TestCatalogDatabase database) =>
        new(database.NewFactory(), new AssetCatalog(new DateOnly(2026, 11, 1)).Graph, new ManualClock(CatalogMetricsRows.Now));

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task An_empty_catalog_lists_every_status_and_declared_check_at_zero(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);

        var metrics = await Reader(database).ReadAsync(CancellationToken.None);

        Assert.Equal(Enum.GetValues<RunStatus>(), metrics.Runs.Keys.Order());
        Assert.Equal(Enum.GetValues<StepStatus>(), metrics.Steps.Keys.Order());
        Assert.All(metrics.Runs.Values.Concat(metrics.Steps.Values), count => Assert.Equal(0, count));
        Assert.Equal((0L, 0L), (metrics.QueueDepth, metrics.FailedSteps));
        Assert.Empty(metrics.RecentStepSeconds);
        Assert.Contains(new CheckFailureCount("quantum_features/molecules", "keys_unique", 0), metrics.CheckFailures);
        Assert.All(metrics.CheckFailures, c => Assert.Equal(0, c.FailingPartitions));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Runs_steps_queue_durations_and_failures_are_counted_from_the_rows(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        await CatalogMetricsRows.InsertAsync(database.NewFactory());

        var metrics = await Reader(database).ReadAsync(CancellationToken.None);

        Assert.Equal([0L, 1, 2, 1, 1, 1], Enum.GetValues<RunStatus>().Select(s => metrics.Runs[s]));
        Assert.Equal([2L, 2, 1, 1, 1, 3, 2, 1, 1], Enum.GetValues<StepStatus>().Select(s => metrics.Steps[s]));
        Assert.Equal(5, metrics.QueueDepth);
        Assert.Equal([0.3, 42, 600], metrics.RecentStepSeconds.Order().Select(s => Math.Round(s, 6)));
        Assert.Equal(2, metrics.FailedSteps);
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_check_counts_the_partitions_whose_latest_result_failed(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        await CatalogMetricsRows.InsertAsync(database.NewFactory());

        var metrics = await Reader(database).ReadAsync(CancellationToken.None);

        Assert.Contains(new CheckFailureCount("quantum_features/molecules", "keys_unique", 2), metrics.CheckFailures);
        Assert.Contains(new CheckFailureCount("quantum_features/molecules", "keys_not_null", 0), metrics.CheckFailures);
        Assert.Equal(2, metrics.CheckFailures.Sum(c => c.FailingPartitions));
    }
}
