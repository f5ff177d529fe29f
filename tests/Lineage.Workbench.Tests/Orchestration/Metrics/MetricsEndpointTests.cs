using Lineage.Assets.Quantum;
using Lineage.Workbench.Orchestration.Metrics;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Tests.Orchestration.Freshness;
using Lineage.Workbench.Tests.Shared;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Workbench.Tests.Orchestration.Metrics;

/// <summary><c>GET /metrics</c> on the web host, over rows written into its catalog database.</summary>
public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Metrics_show_runs_steps_durations_checks_and_freshness_in_the_text_format()
    {
        using var factory = new WorkbenchAppFactory();
        var clock = new ManualClock(CatalogMetricsRows.Now);
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        using var client = app.CreateClient();
        var contexts = new CatalogDbContextFactory(new CatalogConnection(factory.CatalogConnectionString));
        await CatalogMetricsRows.InsertAsync(contexts);
        await new CatalogRows(contexts).ObservedAsync(QuantumAssetKeys.RawVqeResults, "2026-11-20", CatalogMetricsRows.Now.AddHours(-2), "raw-1");

        using var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Content.Headers.ContentType!.Parameters, p => p.Name == "version" && p.Value == "0.0.4");
        var lines = text.Split('\n');
        Assert.Equal("", lines[^1]);
        Assert.Contains("# TYPE lineage_runs gauge", lines);
        Assert.Contains("lineage_runs{status=\"queued\"} 0", lines);
        Assert.Contains("lineage_runs{status=\"succeeded\"} 2", lines);
        Assert.Contains("lineage_run_steps{status=\"succeeded\"} 3", lines);
        Assert.Contains("lineage_queue_depth 5", lines);
        Assert.Contains("# TYPE lineage_step_duration_seconds histogram", lines);
        Assert.Contains("lineage_step_duration_seconds_bucket{le=\"0.1\"} 0", lines);
        Assert.Contains("lineage_step_duration_seconds_bucket{le=\"0.5\"} 1", lines);
        Assert.Contains("lineage_step_duration_seconds_bucket{le=\"60\"} 2", lines);
        Assert.Contains("lineage_step_duration_seconds_bucket{le=\"900\"} 3", lines);
        Assert.Contains("lineage_step_duration_seconds_bucket{le=\"+Inf\"} 3", lines);
        Assert.Contains("lineage_step_duration_seconds_count 3", lines);
        Assert.Contains("# TYPE lineage_step_failures_total counter", lines);
        Assert.Contains("lineage_step_failures_total 2", lines);
        Assert.Contains("lineage_check_failures{asset=\"quantum_features/molecules\",check=\"keys_unique\"} 2", lines);
        Assert.Contains("lineage_check_failures{asset=\"quantum_features/molecules\",check=\"keys_not_null\"} 0", lines);
        Assert.Contains("lineage_freshness_lag_seconds{asset=\"quantum_features/molecules\"} 7200", lines);
        Assert.Contains("lineage_freshness_overdue{asset=\"quantum_features/molecules\"} 1", lines);
        Assert.Contains("lineage_freshness_lag_seconds{asset=\"quantum_features/ml_run_summary\"} 0", lines);
        Assert.Contains("lineage_freshness_overdue{asset=\"quantum_features/ml_run_summary\"} 0", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("lineage_freshness") && l.Contains("raw_vqe_results"));
        Assert.Equal(MetricsExposition.StepDurationBuckets.Count + 1, lines.Count(l => l.StartsWith("lineage_step_duration_seconds_bucket")));
    }
}
