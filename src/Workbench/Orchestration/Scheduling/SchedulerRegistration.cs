using Lineage.Workbench.Storage;
using Quartz;

namespace Lineage.Workbench.Orchestration.Scheduling;

/// <summary>Registration of the scheduler that runs steps as Quartz jobs.</summary>
public static class SchedulerRegistration
{
    /// <summary>
    /// Registers the <c>lineage</c> Quartz scheduler configured from <c>Lineage:Jobs</c>, the job store's schema
    /// set-up, and (when this process runs steps) the hosted service that starts the scheduler. Code reaches the
    /// scheduler through <see cref="SchedulerProvider"/>.
    /// </summary>
    public static IServiceCollection AddLineageScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        var options = JobsOptions.From(configuration);
        if (options.Store == JobStoreKind.Memory && !options.RunSteps)
            throw new JobsConfigurationException(
                $"{JobsOptions.SectionName}:{nameof(JobsOptions.RunSteps)} is false, but the job store is {JobStoreKind.Memory}: "
                + "steps queued by this process would wait in its own memory where no process ever runs them. "
                + $"Use a PostgreSQL catalog (with {JobsOptions.SectionName}:{nameof(JobsOptions.Store)} {JobStoreKind.Postgres}) "
                + $"or set {nameof(JobsOptions.RunSteps)} to true.");
        var catalog = CatalogConnection.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(provider => new SchedulerProvider(provider.GetRequiredService<ISchedulerFactory>(), options, catalog));
        services.AddHostedService<QuartzSchemaHostedService>();
        services.AddQuartz(quartz => quartz.UseLineageSettings(options, catalog));
        if (options.RunSteps)
            services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }
}
