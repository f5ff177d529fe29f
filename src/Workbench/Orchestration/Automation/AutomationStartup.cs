namespace Lineage.Workbench.Orchestration.Automation;

/// <summary>Resolves the eager assets at start-up, so an unknown name stops the process instead of the first finished run's automation.</summary>
internal sealed class AutomationStartup(EagerAssets eager, ILogger<AutomationStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Eager assets: {Assets}", eager.Keys.Count == 0 ? "none" : string.Join(", ", eager.Keys.Select(k => k.Value)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
