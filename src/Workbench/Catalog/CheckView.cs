using System.Text.Json.Nodes;
using Lineage.Materializers.Checks;

namespace Lineage.Workbench.Catalog;

/// <summary>A check result as the CLI prints it in JSON and the REST API returns it.</summary>
public sealed record CheckView(
    string Asset, string Partition, string Check, bool Passed, string Severity, bool Blocking, string Summary, JsonObject Metadata, DateTimeOffset EvaluatedAt)
{
    public static CheckView From(CheckResult result) => new(
        result.Asset.Value, result.Partition, result.CheckName, result.Passed, result.Severity.ToString().ToLowerInvariant(), result.Blocking,
        result.Summary, result.Metadata, result.EvaluatedAt);

    /// <summary>The failed results among <paramref name="results"/>, newest first: what "failing checks" lists everywhere.</summary>
    public static IReadOnlyList<CheckView> Failing(IEnumerable<CheckResult> results) =>
        results.Where(r => !r.Passed).OrderByDescending(r => r.EvaluatedAt).Select(From).ToList();
}
