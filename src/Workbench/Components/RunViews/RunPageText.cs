using System.Globalization;
using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Components.RunViews;

/// <summary>How the run pages word times, durations, partitions and step counts.</summary>
public static class RunPageText
{
    public static string Duration(DateTimeOffset from, DateTimeOffset to)
    {
        var span = to - from;
        if (span < TimeSpan.Zero)
            span = TimeSpan.Zero;
        return span.TotalSeconds < 60 ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.0} s")
            : span.TotalMinutes < 60 ? $"{(int)span.TotalMinutes} min {span.Seconds} s"
            : $"{(int)span.TotalHours} h {span.Minutes} min";
    }

    /// <summary>How long a run took, or has taken so far; empty before it started.</summary>
    public static string Duration(RunView run, DateTimeOffset now) =>
        run.StartedAt is { } started ? Duration(started, run.FinishedAt ?? now) : "";

    public static string Time(DateTimeOffset? at) =>
        at is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC" : "";

    public static string Partitions(IReadOnlyList<string> partitions) => partitions.Count switch
    {
        0 => "",
        1 => partitions[0],
        _ => $"{partitions[0]} … {partitions[^1]} ({partitions.Count})",
    };

    public static string Steps(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.Select(c => $"{c.Value} {c.Key}"));

    public static bool IsFinished(string runStatus) => runStatus is "succeeded" or "failed" or "canceled";
}
