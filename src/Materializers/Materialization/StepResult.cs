using Lineage.Assets.Keys;
using Lineage.Materializers.Checks;
using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Materialization;

/// <summary>What happened to one asset partition in a materialization.</summary>
public sealed record StepResult(
    AssetKey Asset,
    string Partition,
    StepStatus Status,
    long Rows,
    long? SnapshotId,
    string? Tag,
    IReadOnlyList<CheckResult> Checks,
    TimeSpan Duration,
    string? Error)
{
    /// <summary>Raw files of the partition that were rejected (set on the source's step).</summary>
    public IReadOnlyList<RawRecordError> RejectedFiles { get; init; } = [];

    /// <summary>
    /// A failure that another attempt cannot mend: a damaged table or a file that breaks its format. The engine fails
    /// such a step at once instead of retrying it.
    /// </summary>
    public bool Permanent { get; init; }

    /// <summary>Whether this step makes the run fail: the step failed or one of its blocking checks failed.</summary>
    public bool FailsRun => Status == StepStatus.Failed || Checks.Any(c => c.BlocksDownstream);
}
