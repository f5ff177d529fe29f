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

        // A failing result counts when no newer result of the same asset, check and partition exists.
        var failingChecks = await db.CheckResults.AsNoTracking()
            .Where(c => !c.Passed && !db.CheckResults.Any(newer =>
                newer.AssetKey == c.AssetKey && newer.CheckName == c.CheckName && newer.Partition == c.Partition
                && (newer.EvaluatedAt > c.EvaluatedAt || (newer.EvaluatedAt == c.EvaluatedAt && newer.Id > c.Id))))
            .GroupBy(c => new { c.AssetKey, c.CheckName })
            .Select(g => new { g.Key.AssetKey, g.Key.CheckName, Count = g.LongCount() })
            .ToListAsync(cancellationToken);

        return new CatalogMetrics(
            Enum.GetValues<RunStatus>().ToDictionary(s => s, s => runs.FirstOrDefault(r => r.Status == s)?.Count ?? 0),
            Enum.GetValues<StepStatus>().ToDictionary(s => s, s => steps.FirstOrDefault(r => r.Status == s)?.Count ?? 0),
            queueDepth,
            finished.Select(s => Math.Max(0, (s.FinishedAt!.Value - s.StartedAt!.Value).TotalSeconds)).ToList(),
            failedSteps,
            CountFailures(failingChecks.Select(c => (c.AssetKey, c.CheckName, c.Count))));
    }

    /// <summary>Every declared check (0 when passing or never evaluated), plus any recorded check no longer declared.</summary>
    private List<CheckFailureCount> CountFailures(IEnumerable<(string Asset, string Check, long Count)> failing)
    {
        var counts = graph.Checks.ToDictionary(c => (c.Asset.Value, c.Name), _ => 0L);
        foreach (var (asset, check, count) in failing)
            counts[(asset, check)] = count;
        return counts
            .OrderBy(c => c.Key.Item1, StringComparer.Ordinal).ThenBy(c => c.Key.Item2, StringComparer.Ordinal)
            .Select(c => new CheckFailureCount(c.Key.Item1, c.Key.Item2, c.Value))
            .ToList();
    }
}
