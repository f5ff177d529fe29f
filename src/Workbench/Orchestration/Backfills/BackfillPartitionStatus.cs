using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Storage.Runs;

namespace Lineage.Workbench.Orchestration.Backfills;

/// <summary>
/// One word for a date of a backfill from its asset partitions: <c>running</c> while a step executes (or waits to
/// retry), <c>queued</c> while steps wait their turn, then <c>failed</c>, <c>canceled</c> or <c>blocked</c> when one
/// ended so, and <c>succeeded</c> when all did.
/// </summary>
public static class BackfillPartitionStatus
{
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Running = "running";
    public const string Queued = "queued";
    public const string Canceled = "canceled";
    public const string Blocked = "blocked";

    public static string Of(IReadOnlyCollection<StepStatus> steps)
    {
        if (steps.Any(s => s is StepStatus.Running or StepStatus.Retrying))
            return Running;
        if (steps.Any(s => s.IsWaitingToRun()))
            return Queued;
        if (steps.Contains(StepStatus.Failed))
            return Failed;
        if (steps.Contains(StepStatus.Canceled))
            return Canceled;
        if (steps.Contains(StepStatus.Blocked))
            return Blocked;
        return Succeeded;
    }

    public static IReadOnlyDictionary<string, int> Count(IEnumerable<StepStatus> steps) =>
        steps.GroupBy(s => s).OrderBy(g => g.Key).ToDictionary(g => g.Key.Word(), g => g.Count());
}
