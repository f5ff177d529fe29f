using Lineage.Workbench.Orchestration.Automation;
using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Orchestration.Schedules;

public static class SchedulesAndAutomationRegistration
{
    /// <summary>
    /// Registers the schedules of <c>Lineage:Schedules</c> (read and checked now, so a bad cron, kind or lookback fails at
    /// start-up; selections are checked when the host starts, where processes that run steps also register the schedules
    /// with the job scheduler), <see cref="ScheduleQueries"/>, and eager automation from <c>Lineage:Automation</c> as a run observer.
    /// Needs the orchestration registrations (<see cref="RunLauncher"/>, the scheduler) and the asset catalog.
    /// </summary>
    public static IServiceCollection AddSchedulesAndAutomation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ScheduleOptions.From(configuration));
        services.AddSingleton<QuartzSchedules>();
        services.AddSingleton<SourceObserver>();
        services.AddSingleton<ScheduleQueries>();
        services.AddTransient<ScheduleJob>();
        services.AddHostedService<ScheduleStartup>();

        services.AddSingleton(AutomationOptions.From(configuration));
        services.AddSingleton<EagerAssets>();
        services.AddSingleton<IRunObserver, EagerAutomation>();
        services.AddHostedService<AutomationStartup>();
        return services;
    }
}
