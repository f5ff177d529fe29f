namespace Lineage.Materializers.Materialization;

public enum StepStatus
{
    /// <summary>The asset partition was written and committed.</summary>
    Materialized,

    /// <summary>The source partition was listed and its data version recorded.</summary>
    Observed,

    /// <summary>
    /// The partition has no raw files and the table held nothing there: recorded with 0 rows, nothing committed, no
    /// checks. (A table that held rows there is materialized as usual: the commit removes them.)
    /// </summary>
    Empty,

    /// <summary>The step failed; nothing of it was committed.</summary>
    Failed,

    /// <summary>Not run: an upstream step failed or a blocking check upstream failed.</summary>
    Blocked,
}
