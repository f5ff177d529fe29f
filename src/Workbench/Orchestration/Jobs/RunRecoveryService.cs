namespace Lineage.Workbench.Orchestration.Jobs;

/// <summary>Runs <see cref="RunRecovery"/> once the scheduler has started.</summary>
public sealed class RunRecoveryService(RunRecovery recovery, ILogger<RunRecoveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var recovered = await recovery.RecoverAsync(stoppingToken);
        if (recovered > 0)
            logger.LogInformation("Queued {Count} unfinished execution units again", recovered);
    }
}
