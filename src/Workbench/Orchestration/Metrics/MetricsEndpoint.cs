namespace Lineage.Workbench.Orchestration.Metrics;

/// <summary>Serves the Prometheus scrape endpoint, <c>GET /metrics</c>.</summary>
public static class MetricsEndpoint
{
    public static WebApplication MapMetrics(this WebApplication app)
    {
        app.MapGet("/metrics", async (MetricsExposition metrics, CancellationToken cancellationToken) =>
                Results.Text(await metrics.RenderAsync(cancellationToken), PrometheusWriter.ContentType))
            .WithTags("Metrics")
            .WithName("Metrics")
            .WithSummary("Run, step, check and freshness metrics in the Prometheus text format 0.0.4.")
            .ExcludeFromDescription();
        return app;
    }
}
