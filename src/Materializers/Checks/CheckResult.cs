using System.Text.Json.Nodes;
using Lineage.Assets.Checks;
using Lineage.Assets.Keys;

namespace Lineage.Materializers.Checks;

/// <summary>The outcome of one declared check on one asset partition, with the check's severity and blocking flag.</summary>
public sealed record CheckResult(
    AssetKey Asset,
    string CheckName,
    string Partition,
    bool Passed,
    AssetCheckSeverity Severity,
    bool Blocking,
    string Summary,
    JsonObject Metadata,
    DateTimeOffset EvaluatedAt)
{
    /// <summary>A failed check that stops downstream materialization of the partition.</summary>
    public bool BlocksDownstream => !Passed && Blocking;

    public static CheckResult From(AssetCheckSpec spec, string partition, CheckOutcome outcome, DateTimeOffset evaluatedAt) =>
        new(spec.Asset, spec.Name, partition, outcome.Passed, spec.Severity, spec.Blocking, outcome.Summary, outcome.Metadata, evaluatedAt);
}
