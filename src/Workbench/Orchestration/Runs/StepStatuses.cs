using Lineage.Workbench.Storage.Runs;

namespace Lineage.Workbench.Orchestration.Runs;

public static class StepStatuses
{
    public static bool IsFinal(this StepStatus status) =>
        status is StepStatus.Succeeded or StepStatus.Failed or StepStatus.Blocked or StepStatus.Canceled;

    /// <summary>Not final and not executing: what a cancel withdraws.</summary>
    public static bool IsWaitingToRun(this StepStatus status) =>
        status is StepStatus.Pending or StepStatus.Queued or StepStatus.Waiting or StepStatus.Retrying;

    public static bool IsFinal(this RunStatus status) =>
        status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Canceled;

    public static string Word(this StepStatus status) => status.ToString().ToLowerInvariant();

    public static string Word(this RunStatus status) => status.ToString().ToLowerInvariant();
}
