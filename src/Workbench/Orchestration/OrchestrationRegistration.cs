using Lineage.Workbench.Health;
using Lineage.Workbench.Orchestration.Alerts;
using Lineage.Workbench.Orchestration.Backfills;
using Lineage.Workbench.Orchestration.Execution;
using Lineage.Workbench.Orchestration.Freshness;
using Lineage.Workbench.Orchestration.Jobs;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Orchestration.Schedules;
using Lineage.Workbench.Orchestration.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lineage.Workbench.Orchestration;

public static class OrchestrationRegistration
{
    /// <summary>
    /// Runs: launching, queueing on the job scheduler, executing steps (when this process runs them), cancel, queries;
    /// alerts on failed steps and overdue assets.
    /// </summary>
    public static IServiceCollection AddOrchestration(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StepExecutionOptions>(configuration.GetSection(StepExecutionOptions.Section));
        services.TryAddSingleton<PartitionStatusService>();
        services.AddSingleton<ExecutionPolicies>();
        services.AddSingleton<RunEventLog>();
        services.AddSingleton<RunObservers>();
        services.AddSingleton<RunPlanner>();
        services.AddSingleton<RunDispatcher>();
        services.AddSingleton<RunLauncher>();
        services.AddSingleton<RunCanceller>();
        services.AddSingleton<RunReexecution>();
        services.AddSingleton<RunQueries>();
        services.AddSingleton<StepLocks>();
        services.AddSingleton<RunCancellationSignals>();
        services.AddSingleton<UnitExecution>();
        services.TryAddSingleton<IStepExecutor, MaterializerStepExecutor>();
        services.AddSingleton<QuartzStepQueue>();
        services.AddSingleton<IStepQueue>(provider => provider.GetRequiredService<QuartzStepQueue>());
        services.AddTransient<StepJob>();

        services.AddLineageScheduler(configuration);
        var jobs = JobsOptions.From(configuration);
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<RunRecovery>(provider, jobs.Store == JobStoreKind.Memory));
        if (jobs.RunSteps)
            services.AddHostedService<RunRecoveryService>();

        services.AddAlerts(configuration);
        services.AddSingleton<IRunObserver, StepFailureAlerts>();
        services.AddSingleton<IFreshnessAlertSink, FreshnessAlerts>();
        services.AddBackfills();
        services.AddSchedulesAndAutomation(configuration);
        return services;
    }
}
