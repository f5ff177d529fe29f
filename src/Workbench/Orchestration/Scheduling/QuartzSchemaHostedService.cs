namespace Lineage.Workbench.Orchestration.Scheduling;

/// <summary>
/// Creates the job store's tables before Quartz's hosted service builds the scheduler: registered ahead of it, and
/// working in <see cref="StartingAsync"/>, the phase in which Quartz creates its schedulers.
/// </summary>
internal sealed class QuartzSchemaHostedService(SchedulerProvider provider) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => provider.EnsureStoreAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
