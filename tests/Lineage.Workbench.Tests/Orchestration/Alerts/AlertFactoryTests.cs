using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Orchestration.Alerts;

namespace Lineage.Workbench.Tests.Orchestration.Alerts;

public class AlertFactoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 7, 0, 0, TimeSpan.Zero);

    private static AlertFactory Factory() =>
        new(new AssetCatalog(new DateOnly(2026, 11, 1)), new AlertLinks("https://lineage.example.org/"), new FixedClock(Now));

    [Fact]
    public void Failed_step_alert_carries_the_asset_group_and_links_to_the_run()
    {
        var alert = Factory().StepFailed(QuantumAssetKeys.MlRunSummary, "2026-11-20", "boom", 7);

        Assert.Equal(
            new Alert(AlertKind.StepFailed, "quantum_features/ml_run_summary", "ml_features", "2026-11-20", "boom", 7,
                "https://lineage.example.org/runs/7", Now),
            alert);
    }

    [Fact]
    public void Freshness_alert_links_to_the_asset_page()
    {
        var alert = Factory().FreshnessOverdue(QuantumAssetKeys.VqeResults, null, "last materialized 2026-11-18");

        Assert.Equal("base_features", alert.Group);
        Assert.Null(alert.RunId);
        Assert.Equal("https://lineage.example.org/assets/quantum_features/vqe_results", alert.Link);
    }

    [Fact]
    public void Asset_missing_from_the_graph_gets_an_empty_group()
    {
        Assert.Equal("", Factory().StepFailed(AssetKey.Of("gone"), null, "boom", 1).Group);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
