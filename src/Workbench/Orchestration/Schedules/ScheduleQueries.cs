namespace Lineage.Workbench.Orchestration.Schedules;

/// <summary>The configured schedules with their next and previous fire times.</summary>
public sealed class ScheduleQueries(ScheduleOptions options, QuartzSchedules schedules)
{
    public async Task<IReadOnlyList<ScheduleView>> ListAsync(CancellationToken cancellationToken)
    {
        var views = new List<ScheduleView>(options.Schedules.Count);
        foreach (var schedule in options.Schedules)
        {
            var trigger = schedule.Enabled ? await schedules.TriggerAsync(schedule.Name, cancellationToken) : null;
            views.Add(new ScheduleView(
                schedule.Name,
                schedule.Kind.ToString().ToLowerInvariant(),
                schedule.Cron,
                schedule.Selection,
                schedule.Lookback,
                schedule.StaleOnly,
                schedule.Enabled,
                trigger?.NextFireTimeUtc,
                trigger?.PreviousFireTimeUtc));
        }
        return views;
    }
}
