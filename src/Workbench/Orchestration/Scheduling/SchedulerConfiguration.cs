using Lineage.Workbench.Storage;
using Npgsql;
using Quartz;
using Quartz.Impl;

namespace Lineage.Workbench.Orchestration.Scheduling;

/// <summary>The Quartz settings every Lineage scheduler shares, whether built in a host's container or on its own.</summary>
public static class SchedulerConfiguration
{
    public const string SchedulerName = "lineage";

    public static IQuartzBuilder UseLineageSettings(this IQuartzBuilder quartz, JobsOptions options, CatalogConnection catalog)
    {
        options.Validate(catalog);
        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.InstanceName = SchedulerName;
            scheduler.InstanceId = options.NodeName;
            scheduler.IdleWaitTime = options.IdleWaitTime;
        });
        quartz.UseDefaultThreadPool(options.MaxParallel);
        if (options.Store == JobStoreKind.Memory)
            return quartz.UseInMemoryStore();
        return quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(NpgsqlFactory.Instance, catalog.ConnectionString);
            store.ConfigureStore(ado =>
            {
                ado.TablePrefix = QuartzSchema.TablePrefix;
                // Job data as name/value strings: readable in the database and independent of .NET type names.
                ado.StoreJobDataAsStrings = true;
            });
            store.UseClustering(cluster => cluster.CheckinInterval = options.ClusterCheckinInterval);
            store.UseSerializer<SystemTextJsonObjectSerializer>();
        });
    }
}
