namespace Lineage.Workbench.Orchestration.Backfills;

/// <summary>What canceling a backfill did: the runs of it that were still going and are now being canceled.</summary>
public sealed record BackfillCancellation(long BackfillId, IReadOnlyList<long> CanceledRunIds, string Message);
