using Lineage.Assets.Checks;
using Lineage.Assets.Keys;
using Lineage.Materializers.Checks;
using Lineage.Workbench.Storage.Conventions;

namespace Lineage.Workbench.Storage.Checks;

/// <summary>A row of <c>check_results</c>: one evaluation of one declared check on one asset partition.</summary>
public sealed class StoredCheckResult
{
    public long Id { get; set; }

    public required string AssetKey { get; set; }

    public required string CheckName { get; set; }

    public required string Partition { get; set; }

    public bool Passed { get; set; }

    public AssetCheckSeverity Severity { get; set; }

    public bool Blocking { get; set; }

    public required string Summary { get; set; }

    /// <summary>A JSON object.</summary>
    public required string Metadata { get; set; }

    public DateTimeOffset EvaluatedAt { get; set; }

    /// <summary>The materialization whose data the check looked at, when the partition had one.</summary>
    public string? MaterializationBatchId { get; set; }

    /// <summary>The run that evaluated it; none when evaluated in a CLI process.</summary>
    public long? RunId { get; set; }

    public static StoredCheckResult From(CheckResult result, string? materializationBatchId, long? runId = null) => new()
    {
        RunId = runId,
        AssetKey = result.Asset.Value,
        CheckName = result.CheckName,
        Partition = result.Partition,
        Passed = result.Passed,
        Severity = result.Severity,
        Blocking = result.Blocking,
        Summary = result.Summary,
        Metadata = JsonText.Write(result.Metadata),
        EvaluatedAt = result.EvaluatedAt,
        MaterializationBatchId = materializationBatchId,
    };

    public CheckResult ToResult() =>
        new(new AssetKey(AssetKey), CheckName, Partition, Passed, Severity, Blocking, Summary, JsonText.ReadObject(Metadata), EvaluatedAt);
}
