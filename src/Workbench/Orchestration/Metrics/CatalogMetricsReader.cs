using Lineage.Assets.Graph;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Orchestration.Metrics;

/// <summary>
/// Reads the run and check metrics from the catalog database, so that every node sharing the database reports the
/// same numbers. A handful of aggregate queries, none per run or per partition.
/// </summary>
public sealed class CatalogMetricsReader(CatalogDbContextFactory contexts, AssetGraph graph, TimeProvider clock)
{
    /// <summary>How far back finished steps count towards the duration histogram.</summary>
    public static readonly TimeSpan DurationWindow = TimeSpan.FromHours(24);

    public async Task<CatalogMetrics> ReadAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - DurationWindow;
        await using var db = await contexts.OpenAsync(cancellationToken);

        var runs = await db.Runs.AsNoTracking()
            .GroupBy(r => r.Status).Select(g => new { Status = g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var steps = await db.RunSteps.AsNoTracking()
            .GroupBy(s => s.Status).Select(g => new { Status = g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);

        var queueDepth = await db.RunSteps.AsNoTracking()
            .Where(s => s.Status == StepStatus.Pending || s.Status == StepStatus.Queued
                || s.Status == StepStatus.Waiting || s.Status == StepStatus.Retrying)
            .Where(s => db.Runs.Any(r => r.Id == s.RunId
                && r.Status != RunStatus.Succeeded && r.Status != RunStatus.Failed && r.Status != RunStatus.Canceled))
            .LongCountAsync(cancellationToken);

        var finished = await db.RunSteps.AsNoTracking()
            .Where(s => s.StartedAt != null && s.FinishedAt != null && s.FinishedAt >= since)
            .Select(s => new { s.StartedAt, s.FinishedAt })
            .ToListAsync(cancellationToken);

        var failedSteps = await db.RunSteps.AsNoTracking().LongCountAsync(s => s.Status == StepStatus.Failed, cancellationToken);

        var latestChecks = await db.CheckResults.AsNoTracking()
            .GroupBy(c => new { c.AssetKey, c.CheckName, c.Partition })
            .Select(g => g.OrderByDescending(c => c.EvaluatedAt).ThenByDescending(c => c.Id).First())
            .Where(c => !c.Passed)
            .Select(c => new { c.AssetKey, c.CheckName })
            .ToListAsync(cancellationToken);

        return new CatalogMetrics(
            Enum.GetValues<RunStatus>().ToDictionary(s => s, s => runs.FirstOrDefault(r => r.Status == s)?.Count ?? 0),
            Enum.GetValues<StepStatus>().ToDictionary(s => s, s => steps.FirstOrDefault(r => r.Status == s)?.Count ?? 0),
            queueDepth,
            finished.Select(s => Math.Max(0, (s.FinishedAt!.Value - s.StartedAt!.Value).TotalSeconds)).ToList(),
            failedSteps,
            CountFailures(latestChecks.Select(c => (c.AssetKey, c.CheckName))));
    }

    /// <summary>Every declared check (0 when passing or never evaluated), plus any recorded check no longer declared.</summary>
    private List<CheckFailureCount> CountFailures(IEnumerable<(string Asset, string Check)> failing)
    {
        var counts = graph.Checks.ToDictionary(c => (c.Asset.Value, c.Name), _ => 0L);
        foreach (var key in failing)
            counts[key] = counts.GetValueOrDefault(key) + 1;
        return counts
            .OrderBy(c => c.Key.Item1, StringComparer.Ordinal).ThenBy(c => c.Key.Item2, StringComparer.Ordinal)
            .Select(c => new CheckFailureCount(c.Key.Item1, c.Key.Item2, c.Value))
            .ToList();
    }
}
