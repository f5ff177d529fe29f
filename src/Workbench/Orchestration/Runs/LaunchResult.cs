namespace Lineage.Workbench.Orchestration.Runs;

/// <summary>The run a launch created (none when nothing needed to run) and the steps it holds.</summary>
public sealed record LaunchResult(long? RunId, int Steps, string Message);
