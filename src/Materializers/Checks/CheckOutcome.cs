using System.Text.Json.Nodes;

namespace Lineage.Materializers.Checks;

/// <summary>
/// What a check evaluator found: passed or not, a one-line summary a person can read, and metadata (counts,
/// offending keys or files) kept with the result.
/// </summary>
public sealed record CheckOutcome(bool Passed, string Summary, JsonObject Metadata)
{
    public static CheckOutcome Pass(string summary, JsonObject? metadata = null) => new(true, summary, metadata ?? []);

    public static CheckOutcome Fail(string summary, JsonObject? metadata = null) => new(false, summary, metadata ?? []);
}
