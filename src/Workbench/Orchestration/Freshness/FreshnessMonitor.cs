namespace Lineage.Workbench.Orchestration.Freshness;

/// <summary>
/// Evaluates freshness every <see cref="FreshnessOptions.CheckInterval"/> and hands each asset that has just become
/// overdue to the <see cref="IFreshnessAlertSink"/>. What was overdue is remembered in this process only: every node
/// that runs a monitor reports a transition it sees.
/// </summary>
public sealed class FreshnessMonitor(
    FreshnessService freshness,
    IFreshnessAlertSink sink,
    FreshnessOptions options,
    TimeProvider clock,
    ILogger<FreshnessMonitor> logger) : BackgroundService
{
    private readonly OverdueTransitions _transitions = new();

    /// <summary>One evaluation: alerts for the assets that became overdue since the previous one, and returns them.</summary>
    public async Task<IReadOnlyList<AssetFreshness>> CheckAsync(CancellationToken cancellationToken)
    {
        var newlyOverdue = _transitions.Advance(await freshness.EvaluateAsync(cancellationToken));
        foreach (var asset in newlyOverdue)
        {
            try
            {
                await sink.OverdueAsync(asset, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not delivered: report it again at the next check.
                _transitions.Forget(asset.Asset);
                logger.LogError(e, "Could not report that asset {Asset} is overdue; retrying at the next check.", asset.Asset.Value);
            }
        }
        return newlyOverdue;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.CheckInterval, clock);
        do
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Freshness evaluation failed; retrying in {Interval}.", options.CheckInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
