namespace Lineage.Workbench.Storage.Runs;

public enum BackfillStatus
{
    Running,
    Completed,
    Failed,
    Canceled,
}
