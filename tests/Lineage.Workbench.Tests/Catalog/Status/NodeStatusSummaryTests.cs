using Lineage.Assets.Checks;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Materializers.Checks;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Catalog.Status;
using Lineage.Workbench.Health;

namespace Lineage.Workbench.Tests.Catalog.Status;

public sealed class NodeStatusSummaryTests
{
    private static readonly AssetCatalog Catalog = new(new DateOnly(2026, 11, 18));
    private static readonly string[] Window = ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"];
    private static readonly AssetKey Vqe = QuantumAssetKeys.VqeResults;

    private static GraphStatus Summarize(IEnumerable<AssetPartitionHealth> healths, IEnumerable<CheckResult>? checks = null) =>
        NodeStatusSummary.Summarize(Catalog.Graph, Window, "2026-11-18", healths, checks ?? []);

    private static IEnumerable<AssetPartitionHealth> Days(AssetKey asset, params (string Date, PartitionHealth Health, string Reason)[] days) =>
        days.Select(d => new AssetPartitionHealth(asset, d.Date, d.Health, d.Reason.Length == 0 ? [] : [d.Reason]));

    private static CheckResult Check(string name, string partition, bool passed, int minute = 0) => new(
        Vqe, name, partition, passed, AssetCheckSeverity.Error, false, passed ? "ok" : "3 rows out of range", [],
        new DateTimeOffset(2026, 11, 21, 8, minute, 0, TimeSpan.Zero));

    [Fact]
    public void The_status_is_the_newest_partition_that_is_not_missing_with_its_reason()
    {
        var status = Summarize(Days(Vqe,
            ("2026-11-18", PartitionHealth.Fresh, ""),
            ("2026-11-19", PartitionHealth.Stale, "source raw_vqe_results changed"),
            ("2026-11-20", PartitionHealth.Missing, "never materialized"))).Of(Vqe.Value)!;

        Assert.Equal(PartitionHealth.Stale, status.Health);
        Assert.Equal("2026-11-19: stale — source raw_vqe_results changed", status.Reason);
    }

    [Fact]
    public void A_running_partition_anywhere_in_the_window_makes_the_node_running()
    {
        var status = Summarize(Days(Vqe,
            ("2026-11-18", PartitionHealth.Running, "Running in run 7"),
            ("2026-11-19", PartitionHealth.Fresh, ""),
            ("2026-11-20", PartitionHealth.Failed, "last attempt failed in run 6: boom"))).Of(Vqe.Value)!;

        Assert.Equal(PartitionHealth.Running, status.Health);
        Assert.Equal("2026-11-18: running — Running in run 7", status.Reason);
    }

    [Fact]
    public void An_asset_with_only_missing_partitions_is_missing()
    {
        var status = Summarize(Days(Vqe,
            ("2026-11-18", PartitionHealth.Missing, "never materialized"),
            ("2026-11-19", PartitionHealth.Missing, "never materialized"),
            ("2026-11-20", PartitionHealth.Missing, "never materialized"))).Of(Vqe.Value)!;

        Assert.Equal(PartitionHealth.Missing, status.Health);
        Assert.Equal("no partition of the last 5 days materialized", status.Reason);
        Assert.Equal(3, status.Counts[PartitionHealth.Missing]);
    }

    [Fact]
    public void The_bar_merges_neighbouring_days_of_the_same_health_and_reason_and_marks_days_before_the_first_partition()
    {
        var status = Summarize(Days(Vqe,
            ("2026-11-18", PartitionHealth.Missing, "never materialized"),
            ("2026-11-19", PartitionHealth.Missing, "never materialized"),
            ("2026-11-20", PartitionHealth.Fresh, ""))).Of(Vqe.Value)!;

        Assert.Equal(
            [
                new PartitionRun(0, 2, null, "2026-11-16 – 2026-11-17: before the first partition"),
                new PartitionRun(2, 2, PartitionHealth.Missing, "2026-11-18 – 2026-11-19: missing — never materialized"),
                new PartitionRun(4, 1, PartitionHealth.Fresh, "2026-11-20: fresh"),
            ],
            status.Bar);
        Assert.Equal(Window.Length, status.Bar.Sum(r => r.Length));
    }

    [Fact]
    public void Days_with_different_reasons_stay_separate_cells()
    {
        var status = Summarize(Days(Vqe,
            ("2026-11-18", PartitionHealth.Stale, "code version changed"),
            ("2026-11-19", PartitionHealth.Stale, "upstream molecules stale"),
            ("2026-11-20", PartitionHealth.Stale, "upstream molecules stale"))).Of(Vqe.Value)!;

        Assert.Equal([1, 2], status.Bar.Skip(1).Select(r => r.Length));
    }

    [Fact]
    public void A_check_counts_as_failing_when_its_newest_partition_failed()
    {
        var checks = new[]
        {
            Check("energy_in_range", "2026-11-18", passed: false),
            Check("energy_in_range", "2026-11-19", passed: true),
            Check("iterations_present", "2026-11-18", passed: true),
            Check("iterations_present", "2026-11-20", passed: false),
            Check("converged", "2026-11-10", passed: false),
        };

        var status = Summarize([], checks).Of(Vqe.Value)!;

        Assert.Equal(["iterations_present failed on 2026-11-20: 3 rows out of range"], status.FailingChecks);
        Assert.Equal(Catalog.Graph[Vqe].Checks.Count, status.DeclaredChecks);
        Assert.Equal(2, status.EvaluatedChecks);
    }

    [Fact]
    public void Every_asset_of_the_graph_gets_a_status()
    {
        var status = Summarize(Days(Vqe, ("2026-11-18", PartitionHealth.Fresh, "")));

        Assert.Equal(Catalog.Graph.Specs.Select(s => s.Key.Value).Order(), status.Nodes.Keys.Order());
        Assert.Equal(Window, status.Dates);
        Assert.Equal(0, status.Of(Vqe.Value)!.EvaluatedChecks);
        Assert.Empty(status.Of(Vqe.Value)!.FailingChecks);
    }
}
