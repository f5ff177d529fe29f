using Lineage.Workbench.Storage;

namespace Lineage.Workbench.Orchestration.Backfills;

/// <summary>
/// Makes the status changes of one backfill happen one at a time across every process of the catalog. A resume moves
/// the backfill to running and then inserts its new run; the observer of an older run looks for a newer run and then
/// settles the backfill. Without the lock the observer could look between the resume's two writes and set the resumed
/// backfill back to failed or canceled; with it, it either settles the backfill before the resume reads it or sees
/// the resume's run and leaves the backfill alone.
/// </summary>
public sealed class BackfillLock(CatalogConnection catalog, TimeProvider clock)
{
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(1);

    private readonly DatabaseCommitLock _locks = new(catalog.ConnectionString, clock, lease: TimeSpan.FromMinutes(2));

    public Task<IAsyncDisposable> HoldAsync(long backfillId, CancellationToken cancellationToken) =>
        _locks.AcquireAsync($"backfill/{backfillId}", Wait, cancellationToken);
}
