namespace Lineage.Workbench.Storage.Runs;

/// <summary>Where a run step is. Succeeded, Failed, Blocked, Skipped and Canceled are final.</summary>
public enum StepStatus
{
    /// <summary>Waits for upstream steps of the same run.</summary>
    Pending,
    /// <summary>Handed to the job scheduler.</summary>
    Queued,
    /// <summary>Another run holds the same asset partition; retried until it is free.</summary>
    Waiting,
    Running,
    /// <summary>Failed; another attempt is scheduled.</summary>
    Retrying,
    Succeeded,
    Failed,
    /// <summary>Not run: an upstream step failed or a blocking check upstream failed.</summary>
    Blocked,
    Canceled,
}
