namespace Lineage.Workbench.Cli.Remote;

/// <summary>What the workbench answers to a backfill launch: the backfill, its run (none when nothing was stale) and why.</summary>
public sealed record BackfillLaunch(long BackfillId, long? RunId, int Steps, string Message);
