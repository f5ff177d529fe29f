namespace Lineage.Materializers.Materialization;

public enum StepStatus
{
    /// <summary>The asset partition was written and committed.</summary>
    Materialized,

    /// <summary>The source partition was listed and its data version recorded.</summary>
    Observed,

    /// <summary>The step failed; nothing of it was committed.</summary>
    Failed,

    /// <summary>Not run: an upstream step failed or a blocking check upstream failed.</summary>
    Blocked,
}
