using Lineage.Workbench.Orchestration.Freshness;

namespace Lineage.Workbench.Orchestration.Alerts;

/// <summary>Alerts the routes of an asset's group when the asset becomes overdue.</summary>
public sealed class FreshnessAlerts(AlertDispatcher dispatcher, AlertFactory alerts) : IFreshnessAlertSink
{
    public Task OverdueAsync(AssetFreshness freshness, CancellationToken cancellationToken) =>
        dispatcher.SendAsync(alerts.FreshnessOverdue(freshness.Asset, freshness.Partition,
            $"{freshness.Asset} lags {Math.Round(freshness.Lag.TotalMinutes)} min behind its upstream data (allowed: {freshness.MaxLag.TotalMinutes} min)" +
            (freshness.OldestUnreflectedAt is { } since ? $"; oldest unreflected upstream change at {since:u}" : "")), cancellationToken);
}
