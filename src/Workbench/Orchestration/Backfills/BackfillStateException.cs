namespace Lineage.Workbench.Orchestration.Backfills;

/// <summary>A backfill asked to do what its status does not allow (resume a completed one, cancel a finished one).</summary>
public sealed class BackfillStateException(long backfillId, string message) : Exception(message)
{
    public long BackfillId { get; } = backfillId;
}
