namespace Lineage.Workbench.Orchestration.Runs;

public sealed class RunNotFoundException(long runId) : Exception($"run {runId} does not exist")
{
    public long RunId { get; } = runId;
}
