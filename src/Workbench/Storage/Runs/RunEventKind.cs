namespace Lineage.Workbench.Storage.Runs;

public enum RunEventKind
{
    Run,
    Step,
    Log,
    Materialization,
    Check,
}
