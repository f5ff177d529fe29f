using System.Text.Json;
using Lineage.Workbench.Hubs;
using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Cli.Remote;

/// <summary>
/// The steps of a run grouped by partition, kept current from the run's step events, for one progress line per
/// partition each time one of its steps changes status.
/// </summary>
public sealed class PartitionProgress
{
    private static readonly HashSet<string> Done = ["succeeded", "failed", "blocked", "canceled"];

    private readonly SortedDictionary<string, Dictionary<string, string>> _partitions = new(StringComparer.Ordinal);

    public PartitionProgress(IEnumerable<RunStepView> steps)
    {
        foreach (var step in steps)
            StepsOf(step.Partition)[step.Asset] = step.Status;
    }

    public IReadOnlyCollection<string> Partitions => _partitions.Keys;

    /// <summary>Applies a step event; returns the line of the partition it changed, or null when nothing changed.</summary>
    public string? Apply(RunEventMessage message)
    {
        if (message.Kind != "step" || message.Asset is null || message.Partition is null
            || message.Data.ValueKind != JsonValueKind.Object
            || !message.Data.TryGetProperty("status", out var status) || status.GetString() is not { } word)
            return null;
        var steps = StepsOf(message.Partition);
        if (steps.TryGetValue(message.Asset, out var before) && before == word)
            return null;
        steps[message.Asset] = word;
        return Line(message.Partition);
    }

    /// <summary>e.g. <c>2026-11-19  3/5 done: 2 succeeded, 1 failed, 2 queued</c>.</summary>
    public string Line(string partition)
    {
        var steps = _partitions[partition];
        var done = steps.Values.Count(Done.Contains);
        var counts = steps.Values.GroupBy(s => s).OrderByDescending(g => Done.Contains(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {g.Key}");
        return $"{partition}  {done}/{steps.Count} done: {string.Join(", ", counts)}";
    }

    private Dictionary<string, string> StepsOf(string partition)
    {
        if (!_partitions.TryGetValue(partition, out var steps))
            _partitions[partition] = steps = new Dictionary<string, string>(StringComparer.Ordinal);
        return steps;
    }
}
