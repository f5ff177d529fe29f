using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Orchestration.Backfills;

public static class BackfillRegistration
{
    /// <summary>Backfills: launch, resume, cancel, queries, and the observer that settles a backfill when its run finishes.</summary>
    public static IServiceCollection AddBackfills(this IServiceCollection services)
    {
        services.AddSingleton<BackfillLock>();
        services.AddSingleton<BackfillService>();
        services.AddSingleton<BackfillQueries>();
        services.AddSingleton<IRunObserver, BackfillProgress>();
        return services;
    }
}
