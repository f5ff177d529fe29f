namespace Lineage.Workbench.Orchestration.Runs;

public static class RunEventLevels
{
    public const string Info = "info";
    public const string Warning = "warning";
    public const string Error = "error";
}
