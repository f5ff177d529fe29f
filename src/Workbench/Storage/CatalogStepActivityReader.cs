using Lineage.Assets.Keys;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Storage;

/// <summary>
/// Reads, for a set of assets and an inclusive range of partition keys, the run steps still in progress and the newest
/// failed step of each asset partition: what partition health needs beyond materializations.
/// </summary>
public sealed class CatalogStepActivityReader(CatalogDbContextFactory contexts)
{
    public async Task<(IReadOnlyList<StepActivity> Active, IReadOnlyList<StepActivity> LastFailed)> ReadAsync(
        IReadOnlyCollection<AssetKey> assets, string fromPartition, string toPartition, CancellationToken cancellationToken)
    {
        var keys = assets.Select(a => a.Value).Distinct().ToList();
        await using var db = await contexts.OpenAsync(cancellationToken);
        var inRange = db.RunSteps.AsNoTracking().Where(s => keys.Contains(s.AssetKey)
            && string.Compare(s.Partition, fromPartition) >= 0 && string.Compare(s.Partition, toPartition) <= 0);

        var active = await inRange
            .Where(s => s.Status == StepStatus.Pending || s.Status == StepStatus.Queued || s.Status == StepStatus.Waiting
                || s.Status == StepStatus.Running || s.Status == StepStatus.Retrying)
            .Select(s => new { s.AssetKey, s.Partition, s.RunId, s.Status, s.FinishedAt, s.Error })
            .ToListAsync(cancellationToken);
        var failed = await inRange
            .Where(s => s.Status == StepStatus.Failed)
            .GroupBy(s => new { s.AssetKey, s.Partition })
            .Select(g => g.OrderByDescending(s => s.Id).First())
            .ToListAsync(cancellationToken);
        return (
            active.Select(s => new StepActivity(s.AssetKey, s.Partition, s.RunId, s.Status.ToString().ToLowerInvariant(), s.FinishedAt, s.Error)).ToList(),
            failed.Select(s => new StepActivity(s.AssetKey, s.Partition, s.RunId, "failed", s.FinishedAt, s.Error)).ToList());
    }
}
