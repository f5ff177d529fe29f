using Lineage.Assets.Checks;
using Lineage.Assets.Quantum;
using Lineage.Materializers.Checks;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Catalog.Status;
using Lineage.Workbench.Health;
using Lineage.Workbench.Materialization;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Tests.Health;
using Lineage.Workbench.Tests.Orchestration.Freshness;
using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Tests.Catalog.Status;

/// <summary>The graph's statuses from a catalog where every asset was materialized for 2026-11-19, seen on 2026-11-22.</summary>
public sealed class GraphStatusServiceTests(PartitionStatusWorkspace workspace) : IClassFixture<PartitionStatusWorkspace>
{
    private static readonly ManualClock Clock = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    private static GraphStatusService Service(IConfiguration configuration, out CatalogMaterializationLog log)
    {
        var catalog = CatalogFactory.Create(configuration, Clock);
        var contexts = CatalogDbContextFactory.From(configuration);
        log = new CatalogMaterializationLog(contexts);
        return new GraphStatusService(catalog, new PartitionStatusService(catalog, contexts, MaterializerFactory.Recovery(configuration, catalog, contexts, Clock)), log, contexts, Clock);
    }

    [Fact]
    public async Task Every_asset_is_fresh_from_its_materialized_day_with_a_thirty_day_bar()
    {
        var service = Service(workspace.Configuration, out _);

        var status = await service.GetAsync(CancellationToken.None);

        Assert.Equal(GraphStatusService.WindowDays, status.Dates.Count);
        Assert.Equal("2026-11-22", status.Dates[^1]);
        Assert.Equal(QuantumAssetKeys.All.Count, status.Nodes.Count);
        var summary = status.Of(QuantumAssetKeys.MlRunSummary.Value)!;
        Assert.Equal(PartitionHealth.Fresh, summary.Health);
        Assert.Equal("2026-11-19: fresh", summary.Reason);
        Assert.Equal(
            [(null, 25), (PartitionHealth.Missing, 1), (PartitionHealth.Fresh, 1), (PartitionHealth.Missing, 3)],
            summary.Bar.Select(r => (r.Health, r.Length)));
        Assert.Equal(4, summary.Counts[PartitionHealth.Missing]);
    }

    [Fact]
    public async Task A_failing_check_result_shows_on_its_asset_only()
    {
        var service = Service(workspace.Copy(), out var log);
        var spec = QuantumAssets.CreateSpecs(new DateOnly(2026, 11, 18)).First(s => s.Checks.Count > 0);
        var check = spec.Checks[0];
        // Newer than the result the materialization recorded for the same check and day.
        await log.RecordChecksAsync(
            [new CheckResult(spec.Key, check.Name, PartitionStatusWorkspace.Day, false, check.Severity, check.Blocking, "bad value", [], DateTimeOffset.UtcNow.AddDays(1))],
            CancellationToken.None);

        var status = await service.GetAsync(CancellationToken.None);

        Assert.Equal([$"{check.Name} failed on {PartitionStatusWorkspace.Day}: bad value"], status.Of(spec.Key.Value)!.FailingChecks);
        Assert.All(status.Nodes.Values.Where(n => n.Asset != spec.Key.Value), n => Assert.DoesNotContain(n.FailingChecks, f => f.Contains("bad value")));
    }

    [Fact]
    public async Task The_latest_materialization_is_the_materialized_day()
    {
        var service = Service(workspace.Configuration, out _);

        var latest = await service.LatestMaterializationAsync("vqe_iterations", CancellationToken.None);

        Assert.NotNull(latest);
        Assert.Equal(PartitionStatusWorkspace.Day, latest.Partition);
        Assert.True(latest.Rows > 0);
    }

    [Fact]
    public void Materialize_stale_runs_the_asset_and_its_upstream_over_the_window_from_the_first_partition()
    {
        var service = Service(workspace.Configuration, out _);

        var request = service.StaleRequest("ml_run_summary", "ada");

        Assert.Equal("+quantum_features/ml_run_summary", request.Selection);
        Assert.True(request.StaleOnly);
        Assert.Equal("ada", request.LaunchedBy);
        Assert.Equal(new DateOnly(2026, 11, 18), request.Partitions[0]);
        Assert.Equal(new DateOnly(2026, 11, 22), request.Partitions[^1]);
    }
}
