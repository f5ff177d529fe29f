using Lineage.Workbench.Orchestration.Freshness;
using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Orchestration.Metrics;

/// <summary>The text served at <c>/metrics</c>: run, step and check metrics from the catalog, and freshness per asset.</summary>
public sealed class MetricsExposition(CatalogMetricsReader catalog, FreshnessService freshness)
{
    public static readonly IReadOnlyList<double> StepDurationBuckets = [0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600];

    public async Task<string> RenderAsync(CancellationToken cancellationToken)
    {
        var metrics = await catalog.ReadAsync(cancellationToken);
        var assets = await freshness.EvaluateAsync(cancellationToken);
        return new PrometheusWriter()
            .Gauge("lineage_runs", "Runs in the catalog by status.",
                metrics.Runs.Select(r => PrometheusSample.Of(r.Value, ("status", r.Key.Word()))))
            .Gauge("lineage_run_steps", "Run steps in the catalog by status.",
                metrics.Steps.Select(s => PrometheusSample.Of(s.Value, ("status", s.Key.Word()))))
            .Gauge("lineage_queue_depth", "Steps of unfinished runs that are pending, queued, waiting or retrying.", metrics.QueueDepth)
            .Histogram("lineage_step_duration_seconds", "Duration of the steps that finished in the last 24 hours.",
                StepDurationBuckets, metrics.RecentStepSeconds)
            .Counter("lineage_step_failures_total", "Steps that ended Failed, all time.", metrics.FailedSteps)
            .Gauge("lineage_check_failures", "Partitions whose latest result of the check failed.",
                metrics.CheckFailures.Select(c => PrometheusSample.Of(c.FailingPartitions, ("asset", c.Asset), ("check", c.Check))))
            .Gauge("lineage_freshness_lag_seconds", "How long the asset has trailed its upstream; 0 when it reflects everything upstream.",
                assets.Select(a => PrometheusSample.Of(Math.Round(a.Lag.TotalSeconds, 3), ("asset", a.Asset.Value))))
            .Gauge("lineage_freshness_overdue", "1 when the asset's lag exceeds its maximum lag, else 0.",
                assets.Select(a => PrometheusSample.Of(a.Overdue ? 1 : 0, ("asset", a.Asset.Value))))
            .ToString();
    }
}
