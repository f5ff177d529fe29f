namespace Lineage.Workbench.Components.RunViews;

/// <summary>The laid-out Gantt chart of a run: its size, one bar per step in step order, and the axis ticks.</summary>
public sealed record GanttChart(double Width, double Height, double LabelWidth, double RowHeight, IReadOnlyList<GanttBar> Bars, IReadOnlyList<GanttTick> Ticks);
