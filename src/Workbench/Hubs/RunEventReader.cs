using System.Runtime.CompilerServices;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Hubs;

/// <summary>The queries on <c>run_events</c> behind the live stream, each on a short-lived context.</summary>
public sealed class RunEventReader(CatalogDbContextFactory contexts)
{
    public async Task<long> LastIdAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.OpenAsync(cancellationToken);
        return await context.RunEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
    }

    /// <summary>Events of every run with an id above <paramref name="afterId"/>, in id order.</summary>
    public async Task<IReadOnlyList<StoredRunEvent>> ReadAfterAsync(long afterId, int limit, CancellationToken cancellationToken)
    {
        await using var context = await contexts.OpenAsync(cancellationToken);
        return await context.RunEvents.AsNoTracking()
            .Where(e => e.Id > afterId)
            .OrderBy(e => e.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>One run's events with ids in (<paramref name="afterId"/>, <paramref name="throughId"/>], in id order.</summary>
    public async IAsyncEnumerable<StoredRunEvent> ReadRunAsync(
        long runId, long afterId, long throughId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var context = await contexts.OpenAsync(cancellationToken);
        var events = context.RunEvents.AsNoTracking()
            .Where(e => e.RunId == runId && e.Id > afterId && e.Id <= throughId)
            .OrderBy(e => e.Id)
            .AsAsyncEnumerable();
        await foreach (var stored in events.WithCancellation(cancellationToken))
            yield return stored;
    }

    public async Task<bool> RunExistsAsync(long runId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.OpenAsync(cancellationToken);
        return await context.Runs.AnyAsync(r => r.Id == runId, cancellationToken);
    }
}
