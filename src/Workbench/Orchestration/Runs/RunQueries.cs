using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Orchestration.Runs;

/// <summary>Reads runs for the API, the CLI and the pages.</summary>
public sealed class RunQueries(CatalogDbContextFactory contexts)
{
    public const int MaxLimit = 500;

    public async Task<IReadOnlyList<RunView>> ListAsync(RunFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Limit is < 1 or > MaxLimit)
            throw new ArgumentException($"limit must be between 1 and {MaxLimit}, not {filter.Limit}");
        await using var db = await contexts.OpenAsync(cancellationToken);
        var runs = db.Runs.AsNoTracking();
        if (filter.Status is { } status)
        {
            var parsed = ParseEnum<RunStatus>(status, "status");
            runs = runs.Where(r => r.Status == parsed);
        }
        if (filter.Trigger is { } trigger)
        {
            var parsed = ParseEnum<RunTrigger>(trigger, "trigger");
            runs = runs.Where(r => r.Trigger == parsed);
        }
        if (filter.Since is { } since)
            runs = runs.Where(r => r.CreatedAt >= since);
        if (filter.BackfillId is { } backfill)
            runs = runs.Where(r => r.BackfillId == backfill);
        if (filter.BeforeId is { } before)
            runs = runs.Where(r => r.Id < before);
        if (filter.Asset is { } asset)
            runs = runs.Where(r => db.RunSteps.Any(s => s.RunId == r.Id && (s.AssetKey == asset || s.AssetKey.EndsWith("/" + asset))));
        var page = await runs.OrderByDescending(r => r.Id).Take(filter.Limit).ToListAsync(cancellationToken);
        var ids = page.Select(r => r.Id).ToList();
        var counts = (await db.RunSteps.AsNoTracking().Where(s => ids.Contains(s.RunId))
                .GroupBy(s => new { s.RunId, s.Status }).Select(g => new { g.Key.RunId, g.Key.Status, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.RunId);
        return page.Select(r => RunView.From(r, counts[r.Id].SelectMany(c => Enumerable.Repeat(c.Status, c.Count)))).ToList();
    }

    public async Task<RunDetail> GetAsync(long runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken) ?? throw new RunNotFoundException(runId);
        var steps = await db.RunSteps.AsNoTracking().Where(s => s.RunId == runId).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return new RunDetail(RunView.From(run, steps.Select(s => s.Status)), steps.Select(RunStepView.From).ToList());
    }

    /// <summary>The run's events after <paramref name="afterId"/>, oldest first; <paramref name="kind"/> narrows to one kind.</summary>
    public async Task<IReadOnlyList<StoredRunEvent>> EventsAsync(long runId, long afterId, int limit, string? kind, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 10_000)
            throw new ArgumentException($"limit must be between 1 and 10000, not {limit}");
        await using var db = await contexts.OpenAsync(cancellationToken);
        if (!await db.Runs.AnyAsync(r => r.Id == runId, cancellationToken))
            throw new RunNotFoundException(runId);
        var events = db.RunEvents.AsNoTracking().Where(e => e.RunId == runId && e.Id > afterId);
        if (kind is not null)
        {
            var parsed = ParseEnum<RunEventKind>(kind, "kind");
            events = events.Where(e => e.Kind == parsed);
        }
        return await events.OrderBy(e => e.Id).Take(limit).ToListAsync(cancellationToken);
    }

    private static T ParseEnum<T>(string value, string field) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new ArgumentException($"{field} '{value}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");
}
