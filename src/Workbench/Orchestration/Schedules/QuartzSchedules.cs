using Lineage.Workbench.Orchestration.Scheduling;
using Quartz;

namespace Lineage.Workbench.Orchestration.Schedules;

/// <summary>
/// The schedules as Quartz jobs of the group <c>schedules</c>, one cron trigger each (same name). In a clustered store the
/// trigger is shared, so a schedule fires once per cluster whichever nodes registered it. Missed firings (every node down)
/// are skipped, not caught up.
/// </summary>
public sealed class QuartzSchedules(SchedulerProvider schedulers)
{
    public const string Group = "schedules";

    /// <summary>Registers (or replaces) the enabled schedules' jobs and triggers and removes the jobs of any other schedule.</summary>
    public async Task RegisterAsync(IReadOnlyList<ScheduleDefinition> schedules, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetSchedulerAsync(cancellationToken);
        var enabled = schedules.Where(s => s.Enabled).ToList();
        var names = enabled.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var obsolete = (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group), cancellationToken))
            .Where(key => !names.Contains(key.Name))
            .ToList();
        if (obsolete.Count > 0)
            await scheduler.DeleteJobs(obsolete, cancellationToken);
        foreach (var schedule in enabled)
        {
            var job = JobBuilder.Create<ScheduleJob>()
                .WithIdentity(schedule.Name, Group)
                .WithDescription($"{schedule.Kind.ToString().ToLowerInvariant()} {schedule.Selection}")
                .UsingJobData(ScheduleJob.DataOf(schedule))
                .Build();
            await scheduler.ScheduleJob(job, [TriggerOf(schedule, job)], ScheduleJobOptions.Replacing, cancellationToken);
        }
    }

    /// <summary>The schedule's trigger as the store has it, if registered.</summary>
    public async Task<ITrigger?> TriggerAsync(string name, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetSchedulerAsync(cancellationToken);
        return await scheduler.GetTrigger(new TriggerKey(name, Group), cancellationToken);
    }

    private static ITrigger TriggerOf(ScheduleDefinition schedule, IJobDetail job)
    {
        // Replacing an unchanged trigger would start its history afresh, which is harmless: a cron trigger's next
        // firing depends only on the expression and the current time.
        return TriggerBuilder.Create()
            .WithIdentity(schedule.Name, Group)
            .ForJob(job)
            .WithSchedule(CronScheduleBuilder.Create(schedule.Cron)
                .InTimeZone(TimeZoneInfo.Utc)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
            .Build();
    }
}
