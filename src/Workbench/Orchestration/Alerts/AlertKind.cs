namespace Lineage.Workbench.Orchestration.Alerts;

/// <summary>Why an alert was raised; serialized as <c>step_failed</c> and <c>freshness_overdue</c>.</summary>
public enum AlertKind
{
    StepFailed,
    FreshnessOverdue,
}
