using System.Text.Json;
using Lineage.Workbench.Storage.Runs;

namespace Lineage.Workbench.Orchestration.Runs;

/// <summary>A run as the API, the CLI and the pages show it, with its steps counted by status.</summary>
public sealed record RunView(
    long Id,
    string Selection,
    IReadOnlyList<string> Partitions,
    string Trigger,
    string Status,
    string? LaunchedBy,
    long? BackfillId,
    long? ParentRunId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    IReadOnlyDictionary<string, int> Steps)
{
    public static RunView From(StoredRun run, IEnumerable<StepStatus> steps) => new(
        run.Id,
        run.Selection,
        JsonSerializer.Deserialize<List<string>>(run.Partitions) ?? [],
        run.Trigger.ToString().ToLowerInvariant(),
        run.Status.Word(),
        run.LaunchedBy,
        run.BackfillId,
        run.ParentRunId,
        run.CreatedAt,
        run.StartedAt,
        run.FinishedAt,
        run.Error,
        steps.GroupBy(s => s).OrderBy(g => g.Key).ToDictionary(g => g.Key.Word(), g => g.Count()));
}
