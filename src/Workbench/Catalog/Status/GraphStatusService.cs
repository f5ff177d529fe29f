using Lineage.Assets.Partitions;
using Lineage.Materializers.Recording;
using Lineage.Workbench.Health;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Catalog.Status;

/// <summary>
/// The lineage graph's statuses: every asset × the last <see cref="WindowDays"/> days in one partition-health query
/// and one latest-checks query, summarized per node by <see cref="NodeStatusSummary"/>.
/// </summary>
public sealed class GraphStatusService(
    AssetCatalog catalog, PartitionStatusService partitions, IMaterializationLog log, CatalogDbContextFactory contexts, TimeProvider clock)
{
    public const int WindowDays = 30;

    /// <summary>The window's days, oldest first, ending today (UTC).</summary>
    public IReadOnlyList<string> Window() => PartitionDateRange.Between(Today.AddDays(1 - WindowDays), Today).Keys;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<GraphStatus> GetAsync(CancellationToken cancellationToken)
    {
        var window = Window();
        var first = DailyPartitions.FormatKey(catalog.PartitionsStart);
        var queried = window.Where(d => string.CompareOrdinal(d, first) >= 0).ToList();
        var assets = catalog.Graph.TopologicalOrder;
        var healths = await partitions.GetAsync(assets, queried, cancellationToken);
        var checks = await log.LatestChecksAsync(assets.ToList(), null, cancellationToken);
        return NodeStatusSummary.Summarize(catalog.Graph, window, first, healths, checks);
    }

    /// <summary>
    /// "Materialize stale" from the graph: the asset and everything upstream of it, only the missing, stale or failed
    /// partitions of the window's days (those on or after the first partition).
    /// </summary>
    public LaunchRequest StaleRequest(string asset, string? launchedBy)
    {
        var key = catalog.Graph.Resolve(asset).Key.Value;
        var today = Today;
        var first = today.AddDays(1 - WindowDays) > catalog.PartitionsStart ? today.AddDays(1 - WindowDays) : catalog.PartitionsStart;
        var dates = first > today ? [] : PartitionDateRange.Between(first, today).Dates;
        return new LaunchRequest("+" + key, dates, RunTrigger.Manual, StaleOnly: true, LaunchedBy: launchedBy);
    }

    /// <summary>The asset's newest materialization over all partitions, or null when it has none.</summary>
    public async Task<LatestMaterialization?> LatestMaterializationAsync(string asset, CancellationToken cancellationToken)
    {
        var key = catalog.Graph.Resolve(asset).Key.Value;
        await using var db = await contexts.OpenAsync(cancellationToken);
        var newest = await db.Materializations.AsNoTracking()
            .Where(m => m.AssetKey == key)
            .OrderByDescending(m => m.SequenceNumber).ThenByDescending(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return newest is null
            ? null
            : new LatestMaterialization(newest.Partition, newest.StartedAt, newest.Duration, newest.Rows, newest.SnapshotId, newest.Tag, newest.RunId);
    }
}
