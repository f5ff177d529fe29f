namespace Lineage.Workbench.Orchestration.Runs;

/// <summary>A run with its steps in execution order.</summary>
public sealed record RunDetail(RunView Run, IReadOnlyList<RunStepView> Steps);
