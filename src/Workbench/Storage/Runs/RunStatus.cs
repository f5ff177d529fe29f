namespace Lineage.Workbench.Storage.Runs;

public enum RunStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Canceling,
    Canceled,
}
