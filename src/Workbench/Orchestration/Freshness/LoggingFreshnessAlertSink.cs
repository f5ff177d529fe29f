namespace Lineage.Workbench.Orchestration.Freshness;

/// <summary>The alert sink used when no other is registered: a warning in the log.</summary>
public sealed class LoggingFreshnessAlertSink(ILogger<LoggingFreshnessAlertSink> logger) : IFreshnessAlertSink
{
    public Task OverdueAsync(AssetFreshness freshness, CancellationToken cancellationToken)
    {
        logger.LogWarning(
            "Asset {Asset} is overdue: it lags {Lag} behind upstream (partition {Partition}, since {Since:O}); its maximum lag is {MaxLag}.",
            freshness.Asset.Value, freshness.Lag, freshness.Partition, freshness.OldestUnreflectedAt, freshness.MaxLag);
        return Task.CompletedTask;
    }
}
