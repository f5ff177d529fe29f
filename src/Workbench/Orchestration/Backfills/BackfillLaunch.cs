namespace Lineage.Workbench.Orchestration.Backfills;

/// <summary>The backfill a launch or resume touched, the run it started (none when nothing needed to run) and that run's steps.</summary>
public sealed record BackfillLaunch(long BackfillId, long? RunId, int Steps, string Message);
