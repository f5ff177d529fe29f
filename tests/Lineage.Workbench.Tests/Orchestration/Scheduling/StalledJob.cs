using Quartz;

namespace Lineage.Workbench.Tests.Orchestration.Scheduling;

/// <summary>
/// A job that reports each execution; its first execution then hangs, deaf to cancellation, until the test lets it
/// go: a node that stops while running it never completes the firing, as if the process had died.
/// </summary>
public sealed class StalledJob : IJob
{
    public static CancellationTokenSource Release { get; } = new();

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        JobSignals.Report(context.MergedJobDataMap.GetString(JobSignals.Key)!,
            new JobExecution(context.Scheduler.SchedulerInstanceId, context.Recovering));
        if (context.Recovering)
            return;
        try
        {
            await Task.Delay(Timeout.Infinite, Release.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
