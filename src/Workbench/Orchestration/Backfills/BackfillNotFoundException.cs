namespace Lineage.Workbench.Orchestration.Backfills;

public sealed class BackfillNotFoundException(long backfillId)
    : Exception($"backfill {backfillId} does not exist; list the backfills with GET /api/backfills")
{
    public long BackfillId { get; } = backfillId;
}
