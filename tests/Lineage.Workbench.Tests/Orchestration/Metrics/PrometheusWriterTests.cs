using Lineage.Workbench.Orchestration.Metrics;

namespace Lineage.Workbench.Tests.Orchestration.Metrics;

/// <summary>The Prometheus text exposition format 0.0.4, line for line.</summary>
public sealed class PrometheusWriterTests
{
    [Fact]
    public void Gauges_counters_and_histograms_are_written_with_help_type_escaped_labels_and_cumulative_buckets()
    {
        var text = new PrometheusWriter()
            .Gauge("lineage_runs", "Runs by status.", [PrometheusSample.Of(2, ("status", "Queued")), PrometheusSample.Of(0, ("status", "Failed"))])
            .Counter("jobs_total", "Back\\slash and\nnew line.", 7)
            .Gauge("odd_labels", "Label escaping.", [PrometheusSample.Of(1.5, ("path", "a\\b \"c\"\nd"), ("kind", "x"))])
            .Histogram("latency_seconds", "Latency.", [1, 0.5], [0.25, 0.5, 0.75, 3])
            .ToString();

        Assert.Equal(
            """
            # HELP lineage_runs Runs by status.
            # TYPE lineage_runs gauge
            lineage_runs{status="Queued"} 2
            lineage_runs{status="Failed"} 0
            # HELP jobs_total Back\\slash and\nnew line.
            # TYPE jobs_total counter
            jobs_total 7
            # HELP odd_labels Label escaping.
            # TYPE odd_labels gauge
            odd_labels{path="a\\b \"c\"\nd",kind="x"} 1.5
            # HELP latency_seconds Latency.
            # TYPE latency_seconds histogram
            latency_seconds_bucket{le="0.5"} 2
            latency_seconds_bucket{le="1"} 3
            latency_seconds_bucket{le="+Inf"} 4
            latency_seconds_sum 4.5
            latency_seconds_count 4

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void An_empty_histogram_has_zero_buckets_sum_and_count()
    {
        var text = new PrometheusWriter().Histogram("empty_seconds", "Nothing yet.", [0.1], []).ToString();

        Assert.EndsWith("empty_seconds_bucket{le=\"0.1\"} 0\nempty_seconds_bucket{le=\"+Inf\"} 0\nempty_seconds_sum 0\nempty_seconds_count 0\n", text);
    }

    [Fact]
    public void Special_values_are_written_as_prometheus_reads_them()
    {
        var text = new PrometheusWriter()
            .Gauge("special", "Special values.", [
                PrometheusSample.Of(double.PositiveInfinity, ("v", "a")), PrometheusSample.Of(double.NegativeInfinity, ("v", "b")),
                PrometheusSample.Of(double.NaN, ("v", "c")), PrometheusSample.Of(1e-7, ("v", "d")), PrometheusSample.Of(12345678901, ("v", "e"))])
            .ToString();

        Assert.Contains("special{v=\"a\"} +Inf\nspecial{v=\"b\"} -Inf\nspecial{v=\"c\"} NaN\nspecial{v=\"d\"} 1E-07\nspecial{v=\"e\"} 12345678901\n", text);
    }

    [Theory]
    [InlineData("9lives")]
    [InlineData("with-dash")]
    [InlineData("")]
    public void An_invalid_metric_name_is_refused(string name) =>
        Assert.Contains(name, Assert.Throws<ArgumentException>(() => new PrometheusWriter().Gauge(name, "help", 1)).Message);

    [Fact]
    public void An_invalid_label_name_is_refused() =>
        Assert.Contains("bad-label", Assert.Throws<ArgumentException>(
            () => new PrometheusWriter().Gauge("m", "help", [PrometheusSample.Of(1, ("bad-label", "x"))])).Message);

    [Fact]
    public void A_metric_written_twice_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => new PrometheusWriter().Gauge("m", "help", 1).Gauge("m", "help", 2));
}
