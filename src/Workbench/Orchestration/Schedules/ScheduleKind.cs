namespace Lineage.Workbench.Orchestration.Schedules;

/// <summary>What a schedule does when it fires.</summary>
public enum ScheduleKind
{
    /// <summary>Launches a run of its selection over the partitions of its lookback.</summary>
    Materialize,

    /// <summary>Lists the sources of its selection for the partitions of its lookback and records an observation per partition; no run.</summary>
    Observe,
}
