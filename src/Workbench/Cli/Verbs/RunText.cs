using System.Globalization;
using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary>How the run verbs print runs and steps for people.</summary>
internal static class RunText
{
    public static void WriteList(TextWriter output, IReadOnlyList<RunView> runs)
    {
        var table = new TextTable("ID", "STATUS", "TRIGGER", "SELECTION", "PARTITIONS", "STEPS", "CREATED", "DURATION");
        foreach (var run in runs)
            table.Add(Number(run.Id), run.Status, run.Trigger, run.Selection, PartitionsOf(run), Counts(run.Steps),
                Time(run.CreatedAt), Duration(run.StartedAt, run.FinishedAt));
        table.WriteTo(output);
        output.WriteLine($"{runs.Count} run{(runs.Count == 1 ? "" : "s")}");
    }

    public static void WriteDetail(TextWriter output, RunDetail detail)
    {
        var run = detail.Run;
        output.WriteLine($"run {Number(run.Id)}  {run.Status}  {run.Trigger}{(run.LaunchedBy is { } by ? $" by {by}" : "")}  selection {run.Selection}  partitions {PartitionsOf(run)}");
        output.WriteLine($"created {Time(run.CreatedAt)}  started {Time(run.StartedAt)}  finished {Time(run.FinishedAt)}  duration {Duration(run.StartedAt, run.FinishedAt)}"
            + (run.BackfillId is { } backfill ? $"  backfill {Number(backfill)}" : "")
            + (run.ParentRunId is { } parent ? $"  re-executes run {Number(parent)}" : ""));
        if (run.Error is { } error)
            output.WriteLine($"error: {error}");
        var table = new TextTable("ASSET", "PARTITION", "STATUS", "ATTEMPT", "ROWS", "DURATION", "ERROR");
        foreach (var step in detail.Steps)
            table.Add(step.Asset, step.Partition, step.Status, Number(step.Attempt), step.Rows is { } rows ? Number(rows) : "-",
                Duration(step.StartedAt, step.FinishedAt), step.Error?.ReplaceLineEndings(" ") ?? "");
        table.WriteTo(output);
        output.WriteLine($"{detail.Steps.Count} step{(detail.Steps.Count == 1 ? "" : "s")}: {Counts(run.Steps)}");
    }

    public static string Counts(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "-" : string.Join(", ", counts.Select(c => $"{Number(c.Value)} {c.Key}"));

    private static string PartitionsOf(RunView run) => run.Partitions.Count switch
    {
        0 => "-",
        1 => run.Partitions[0],
        var n => $"{run.Partitions[0]}..{run.Partitions[^1]} ({Number(n)})",
    };

    private static string Time(DateTimeOffset? at) =>
        at?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "-";

    private static string Duration(DateTimeOffset? started, DateTimeOffset? finished)
    {
        if (started is null || finished is null)
            return "-";
        var span = finished.Value - started.Value;
        return span.TotalMinutes < 1
            ? span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + "s"
            : $"{(int)span.TotalMinutes}m{span.Seconds:00}s";
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
