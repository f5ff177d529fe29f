using Lineage.Workbench.Catalog;
using Lineage.Workbench.Orchestration.Scheduling;

namespace Lineage.Workbench.Orchestration.Schedules;

/// <summary>
/// At start-up checks every schedule's selection against the asset graph (a bad one stops the process with a message naming
/// the setting); a process that runs steps then registers the schedules with the job scheduler.
/// </summary>
internal sealed class ScheduleStartup(ScheduleOptions options, AssetCatalog catalog, JobsOptions jobs, QuartzSchedules schedules, ILogger<ScheduleStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var schedule in options.Schedules)
            ScheduleSelections.Resolve(schedule, catalog.Graph);
        if (!jobs.RunSteps)
            return;
        await schedules.RegisterAsync(options.Schedules, cancellationToken);
        logger.LogInformation("Schedules registered: {Schedules}",
            string.Join(", ", options.Schedules.Select(s => $"{s.Name} ({(s.Enabled ? s.Cron : "disabled")})")));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
