namespace Lineage.Workbench.Orchestration.Launches;

/// <summary>The run a launch started (none when nothing needed to run), the backfill it belongs to, and a sentence about it.</summary>
public sealed record AssetLaunchOutcome(long? RunId, long? BackfillId, int Steps, string Message);
