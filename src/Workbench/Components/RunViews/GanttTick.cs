namespace Lineage.Workbench.Components.RunViews;

/// <summary>A time mark on the Gantt chart's axis, labelled as the time since the run's first step was queued.</summary>
public sealed record GanttTick(double X, string Label);
