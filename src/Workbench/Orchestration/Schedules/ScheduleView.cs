namespace Lineage.Workbench.Orchestration.Schedules;

/// <summary>
/// A schedule as the API and pages show it. Fire times come from the job scheduler's store; a disabled or not yet registered
/// schedule has none.
/// </summary>
public sealed record ScheduleView(
    string Name,
    string Kind,
    string Cron,
    string Selection,
    int Lookback,
    bool StaleOnly,
    bool Enabled,
    DateTimeOffset? NextFireTime,
    DateTimeOffset? PreviousFireTime);
