using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Components.RunViews;

/// <summary>
/// One step's row of the Gantt chart: the queued stretch from <see cref="QueuedX"/> to <see cref="X"/>, then the bar of
/// its execution; <see cref="Open"/> while it has not finished (the bar ends at "now" and grows).
/// </summary>
public sealed record GanttBar(RunStepView Step, int Row, double Y, double QueuedX, double X, double Width, bool Open, bool HasTimes);
