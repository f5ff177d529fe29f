namespace Lineage.Workbench.Storage.Runs;

public enum RunTrigger
{
    Manual,
    Schedule,
    Automation,
    Backfill,
    Retry,
}
