namespace Lineage.Workbench.Auth;

/// <summary>Prints the generated operator password once, when the workbench starts without configured operators.</summary>
public sealed class GeneratedOperatorNotice(OperatorAccounts accounts, ILogger<GeneratedOperatorNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (accounts.GeneratedPassword is { } password)
            logger.LogWarning(
                "No operators are configured ({Section}:Operators): sign in as '{Name}' with password {Password} (valid until the workbench stops)",
                AuthOptions.Section, OperatorAccounts.GeneratedName, password);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
