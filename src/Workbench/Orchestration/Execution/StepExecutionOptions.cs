namespace Lineage.Workbench.Orchestration.Execution;

/// <summary>Timings of step execution, from <c>Lineage:Jobs</c>.</summary>
public sealed class StepExecutionOptions
{
    public const string Section = "Lineage:Jobs";

    /// <summary>How soon a step that found its asset partition held by another run tries again.</summary>
    public TimeSpan LockRetryInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often a running step looks whether its run was canceled from another process.</summary>
    public TimeSpan CancelPollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
