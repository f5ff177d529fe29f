using System.Globalization;
using Lineage.Workbench.Orchestration.Execution;
using Quartz;

namespace Lineage.Workbench.Orchestration.Jobs;

/// <summary>
/// The Quartz job of one execution unit. It asks for recovery: when the node running it dies, another node of the
/// cluster runs it again, which is safe because each table commit replaces the partition atomically.
/// </summary>
[DisallowConcurrentExecution]
public sealed class StepJob(UnitExecution execution) : IJob
{
    public const string RunIdKey = "runId";
    public const string UnitKey = "unit";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        await execution.RunAsync(long.Parse(data.GetString(RunIdKey)!, CultureInfo.InvariantCulture), data.GetString(UnitKey)!, context.Scheduler.SchedulerInstanceId, cancellationToken);
    }
}
