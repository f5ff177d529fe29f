using Quartz;

namespace Lineage.Workbench.Tests.Orchestration.Scheduling;

/// <summary>A job that only reports it ran.</summary>
public sealed class SignalJob : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        JobSignals.Report(context.MergedJobDataMap.GetString(JobSignals.Key)!,
            new JobExecution(context.Scheduler.SchedulerInstanceId, context.Recovering));
        return ValueTask.CompletedTask;
    }
}
