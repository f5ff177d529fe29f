using System.Globalization;
using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Components.RunViews;

/// <summary>
/// Places a run's steps on a time axis: time runs from the earliest queued (or started) step to the latest finish,
/// or to <c>now</c> while a step is still open, so running bars grow as the page re-renders.
/// </summary>
public static class GanttLayout
{
    public const double LabelWidth = 280;
    public const double RowHeight = 22;
    public const double AxisHeight = 22;
    public const double MinBarWidth = 3;

    private static readonly double[] TickSteps = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 43200, 86400];

    public static GanttChart Compute(IReadOnlyList<RunStepView> steps, DateTimeOffset now, double width = 960)
    {
        var plot = Math.Max(width - LabelWidth, 100);
        var starts = steps.Select(s => s.QueuedAt ?? s.StartedAt ?? s.FinishedAt).OfType<DateTimeOffset>().ToList();
        var origin = starts.Count > 0 ? starts.Min() : now;
        var ends = steps.Select(s => End(s, now)).OfType<DateTimeOffset>().Append(origin).ToList();
        var seconds = Math.Max((ends.Max() - origin).TotalSeconds, 1);
        double At(DateTimeOffset t) => LabelWidth + Math.Clamp((t - origin).TotalSeconds / seconds, 0, 1) * plot;

        var bars = steps.Select((step, row) =>
        {
            var y = AxisHeight + row * RowHeight;
            var begin = step.StartedAt ?? step.QueuedAt ?? step.FinishedAt;
            if (begin is not { } b)
                return new GanttBar(step, row, y, LabelWidth, LabelWidth, 0, Open: false, HasTimes: false);
            var end = End(step, now) ?? b;
            var x = At(b);
            var queuedX = step.QueuedAt is { } q && step.StartedAt is not null ? At(q) : x;
            return new GanttBar(step, row, y, queuedX, x, Math.Max(At(end) - x, MinBarWidth), Open: step.FinishedAt is null && step.StartedAt is not null, HasTimes: true);
        }).ToList();
        return new GanttChart(LabelWidth + plot, AxisHeight + Math.Max(steps.Count, 1) * RowHeight + 4, LabelWidth, RowHeight, bars, Ticks(seconds, plot));
    }

    private static DateTimeOffset? End(RunStepView step, DateTimeOffset now) =>
        step.FinishedAt ?? (step.StartedAt is not null ? now : step.QueuedAt);

    private static IReadOnlyList<GanttTick> Ticks(double seconds, double plot)
    {
        // About one tick per 120 px, on a round step.
        var wanted = seconds / Math.Max(plot / 120, 1);
        var step = TickSteps.FirstOrDefault(s => s >= wanted, TickSteps[^1]);
        var ticks = new List<GanttTick>();
        for (var t = 0.0; t <= seconds + 1e-9; t += step)
            ticks.Add(new GanttTick(LabelWidth + t / seconds * plot, Label(t)));
        return ticks;
    }

    public static string Label(double seconds) =>
        seconds < 1 && seconds > 0 ? Invariant($"+{seconds * 1000:0}ms")
        : seconds < 60 ? Invariant($"+{seconds:0.#}s")
        : seconds < 3600 ? Invariant($"+{Math.Floor(seconds / 60):0}m{Math.Floor(seconds % 60):00}s")
        : Invariant($"+{Math.Floor(seconds / 3600):0}h{Math.Floor(seconds % 3600 / 60):00}m");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
