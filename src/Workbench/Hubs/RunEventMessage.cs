using System.Text.Json;
using Lineage.Workbench.Storage.Runs;

namespace Lineage.Workbench.Hubs;

/// <summary>
/// A run event as live clients receive it (camelCase JSON). <see cref="Id"/> orders a run's events and identifies
/// each one: a follower can be sent the same event twice (backlog and live stream overlap) and keeps the first.
/// </summary>
/// <param name="Kind"><c>run</c>, <c>step</c>, <c>log</c>, <c>materialization</c> or <c>check</c>.</param>
/// <param name="Level"><c>info</c>, <c>warning</c> or <c>error</c>.</param>
/// <param name="Data">A JSON object with the event's facts (status, snapshot, check metadata…).</param>
public sealed record RunEventMessage(
    long Id,
    long RunId,
    string Kind,
    DateTimeOffset At,
    string Level,
    long? StepId,
    string? Asset,
    string? Partition,
    string Message,
    JsonElement Data)
{
    public static RunEventMessage From(StoredRunEvent stored) => new(
        stored.Id,
        stored.RunId,
        stored.Kind.ToString().ToLowerInvariant(),
        stored.At,
        stored.Level,
        stored.StepId,
        stored.AssetKey,
        stored.Partition,
        stored.Message,
        JsonSerializer.Deserialize<JsonElement>(stored.Data));
}
