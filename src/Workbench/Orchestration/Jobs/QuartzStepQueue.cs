using System.Globalization;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Orchestration.Scheduling;
using Quartz;

namespace Lineage.Workbench.Orchestration.Jobs;

/// <summary>
/// Queues units as Quartz jobs: one job per unit (group <c>run-{id}</c>, name = the unit), re-scheduled with a new
/// trigger for each wait or retry, so a run's queued work can be found and withdrawn by its group.
/// </summary>
public sealed class QuartzStepQueue(SchedulerProvider schedulers) : IStepQueue
{
    public async Task EnqueueAsync(long runId, string unit, DateTimeOffset? notBefore, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetSchedulerAsync(cancellationToken);
        var (job, trigger) = JobOf(runId, unit, notBefore);
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task EnqueueAsync(long runId, IReadOnlyList<string> units, CancellationToken cancellationToken)
    {
        if (units.Count == 0)
            return;
        var scheduler = await schedulers.GetSchedulerAsync(cancellationToken);
        var jobs = units.Select(unit => JobOf(runId, unit, null)).ToDictionary(j => j.Job, j => (IReadOnlyCollection<ITrigger>)[j.Trigger]);
        await scheduler.ScheduleJobs(jobs, ScheduleJobOptions.Replacing, cancellationToken);
    }

    private static (IJobDetail Job, ITrigger Trigger) JobOf(long runId, string unit, DateTimeOffset? notBefore)
    {
        var job = JobBuilder.Create<StepJob>()
            .WithIdentity(JobKeyOf(runId, unit))
            .UsingJobData(StepJob.RunIdKey, runId.ToString(CultureInfo.InvariantCulture))
            .UsingJobData(StepJob.UnitKey, unit)
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity($"{unit}@{Guid.NewGuid():N}", GroupOf(runId))
            .ForJob(job)
            .StartAt(notBefore ?? DateTimeOffset.UtcNow)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        return (job, trigger);
    }

    public async Task RemoveRunAsync(long runId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetSchedulerAsync(cancellationToken);
        var jobs = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(GroupOf(runId)), cancellationToken);
        await scheduler.DeleteJobs(jobs.ToList(), cancellationToken);
    }

    public async Task<bool> IsQueuedAsync(long runId, string unit, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetSchedulerAsync(cancellationToken);
        return await scheduler.Exists(JobKeyOf(runId, unit), cancellationToken);
    }

    private static JobKey JobKeyOf(long runId, string unit) => new(unit, GroupOf(runId));

    private static string GroupOf(long runId) => $"run-{runId}";
}
