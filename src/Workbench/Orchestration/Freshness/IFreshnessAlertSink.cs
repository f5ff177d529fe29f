namespace Lineage.Workbench.Orchestration.Freshness;

/// <summary>Where the monitor reports an asset that has just become overdue (once per transition, not on every check).</summary>
public interface IFreshnessAlertSink
{
    Task OverdueAsync(AssetFreshness freshness, CancellationToken cancellationToken);
}
