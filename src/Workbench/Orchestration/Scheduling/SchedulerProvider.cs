using Lineage.Workbench.Storage;
using Quartz;

namespace Lineage.Workbench.Orchestration.Scheduling;

/// <summary>
/// Hands out the process's <c>lineage</c> scheduler once its store is ready. In a process that does not run steps
/// (<see cref="JobsOptions.RunSteps"/> false) the scheduler is never started: it only puts jobs into the shared
/// store, where the nodes that do run steps pick them up.
/// </summary>
public sealed class SchedulerProvider(ISchedulerFactory factory, JobsOptions options, CatalogConnection catalog)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _storeReady;

    public JobsOptions Options => options;

    public async Task<IScheduler> GetSchedulerAsync(CancellationToken cancellationToken = default)
    {
        await EnsureStoreAsync(cancellationToken);
        return await factory.GetScheduler(cancellationToken);
    }

    /// <summary>Creates the job store's tables when the store is the catalog database; once per process.</summary>
    public async Task EnsureStoreAsync(CancellationToken cancellationToken = default)
    {
        if (options.Store != JobStoreKind.Postgres || _storeReady)
            return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_storeReady)
                await QuartzSchema.EnsureAsync(catalog.ConnectionString, cancellationToken);
            _storeReady = true;
        }
        finally
        {
            _gate.Release();
        }
    }
}
