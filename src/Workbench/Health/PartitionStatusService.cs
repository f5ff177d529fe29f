using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Assets.Selection;
using Lineage.Assets.Staleness;
using Lineage.Materializers.Checks;
using Lineage.Materializers.Materialization;
using Lineage.Materializers.Recording;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Storage;

namespace Lineage.Workbench.Health;

/// <summary>
/// Partition health from the catalog database: the latest materializations and observations decide missing, stale
/// or fresh (<see cref="StalenessResolver"/>), and a fresh partition of a day without raw files is empty; a failed blocking check of an upstream asset partition makes it blocked;
/// a step of an unfinished run or an unfinished batch makes it running, and a failed last attempt (newer than its
/// materialization) failed. Abandoned batches are recovered first, so health never counts a half-committed batch.
/// The same service backs the REST API and the <c>lineage status</c> verb.
/// </summary>
public sealed class PartitionStatusService(AssetCatalog catalog, CatalogDbContextFactory contexts, BatchRecovery recovery)
{
    private readonly CatalogPartitionFactsReader _reader = new(contexts);
    private readonly CatalogStepActivityReader _steps = new(contexts);

    /// <summary>The matrix of <paramref name="select"/> (all assets when empty) over <paramref name="range"/>.</summary>
    public async Task<PartitionStatusMatrix> GetMatrixAsync(string? select, PartitionDateRange range, CancellationToken cancellationToken)
    {
        var assets = string.IsNullOrWhiteSpace(select) ? catalog.Graph.TopologicalOrder : AssetSelection.Parse(select).Resolve(catalog.Graph);
        var keys = range.Keys;
        return PartitionStatusMatrix.From(keys, await GetAsync(assets, keys, cancellationToken));
    }

    /// <summary>Every asset × partition pair, asset by asset in the order given.</summary>
    public async Task<IReadOnlyList<AssetPartitionHealth>> GetAsync(
        IReadOnlyList<AssetKey> assets, IReadOnlyList<string> partitions, CancellationToken cancellationToken)
    {
        if (assets.Count == 0 || partitions.Count == 0)
            return [];
        var batches = await recovery.RecoverAsync(null, cancellationToken);
        var committing = batches.Running.SelectMany(b => b.Tables.Select(t => (Key: (t.Asset.Value, b.Partition), Batch: b))).ToLookup(c => c.Key, c => c.Batch);
        var graph = catalog.Graph;
        var involved = assets.Concat(assets.SelectMany(graph.Upstream)).ToHashSet();
        var facts = await _reader.ReadAsync(involved, partitions.Min(StringComparer.Ordinal)!, partitions.Max(StringComparer.Ordinal)!, cancellationToken);
        var resolver = new StalenessResolver(
            graph, facts.Materializations.Select(ToFact), facts.Observations.Select(ToObservation));
        var blockers = facts.Checks.Where(c => c.BlocksDownstream).ToLookup(c => (c.Asset, c.Partition));
        var upstreamOf = assets.Distinct().ToDictionary(a => a, graph.Upstream);
        var (active, lastFailed) = await _steps.ReadAsync(assets, partitions.Min(StringComparer.Ordinal)!, partitions.Max(StringComparer.Ordinal)!, cancellationToken);
        var activeOf = active.ToLookup(a => (a.AssetKey, a.Partition));
        var failedOf = lastFailed.ToDictionary(f => (f.AssetKey, f.Partition));
        var materializedAt = facts.Materializations.ToDictionary(m => (m.Asset.Value, m.Partition), m => m.StartedAt);
        var emptyDays = facts.Observations.Where(o => o.Asset == QuantumAssetKeys.RawVqeResults && o.FileCount == 0).Select(o => o.Partition).ToHashSet(StringComparer.Ordinal);

        var healths = new List<AssetPartitionHealth>(assets.Count * partitions.Count);
        foreach (var status in resolver.GetStatuses(assets, partitions))
        {
            var key = (status.Asset.Value, status.PartitionKey);
            var blocking = upstreamOf[status.Asset].SelectMany(u => blockers[(u, status.PartitionKey)]).ToList();
            if (committing[key].FirstOrDefault() is { } batch)
                healths.Add(new AssetPartitionHealth(status.Asset, status.PartitionKey, PartitionHealth.Running,
                    [$"batch {batch.BatchId} is being committed by process {batch.Owner.ProcessId} on {batch.Owner.Host}"]));
            else if (activeOf[key].FirstOrDefault() is { } working)
                healths.Add(new AssetPartitionHealth(status.Asset, status.PartitionKey, PartitionHealth.Running, [$"{working.Status} in run {working.RunId}"]));
            else if (blocking.Count > 0)
                healths.Add(new AssetPartitionHealth(status.Asset, status.PartitionKey, PartitionHealth.Blocked,
                    blocking.Select(Describe).Concat(status.Causes.Select(StaleCauseText.Short)).ToList()));
            else if (failedOf.TryGetValue(key, out var failed) && (!materializedAt.TryGetValue(key, out var at) || failed.FinishedAt > at))
                healths.Add(new AssetPartitionHealth(status.Asset, status.PartitionKey, PartitionHealth.Failed,
                    [$"last attempt failed in run {failed.RunId}: {failed.Error}", .. Reasons(status)]));
            else if (status.Status == StaleStatus.Fresh && emptyDays.Contains(status.PartitionKey))
                healths.Add(new AssetPartitionHealth(status.Asset, status.PartitionKey, PartitionHealth.Empty, [EmptyReason]));
            else
                healths.Add(new AssetPartitionHealth(status.Asset, status.PartitionKey, Health(status.Status), Reasons(status)));
        }
        return healths;
    }

    /// <summary>Why a partition shows as empty rather than fresh.</summary>
    public const string EmptyReason = "empty, no raw files";

    private IReadOnlyList<string> Reasons(AssetPartitionStatus status) => status.Status switch
    {
        StaleStatus.Missing => [catalog.Graph[status.Asset].IsSource ? "not observed" : "never materialized"],
        _ => status.Causes.Select(StaleCauseText.Short).ToList(),
    };

    private static PartitionHealth Health(StaleStatus status) => status switch
    {
        StaleStatus.Missing => PartitionHealth.Missing,
        StaleStatus.Stale => PartitionHealth.Stale,
        _ => PartitionHealth.Fresh,
    };

    private static string Describe(CheckResult check) => $"blocking check {check.CheckName} of {check.Asset.Name} failed";

    private static MaterializationFact ToFact(MaterializationRecord record) => new(
        record.Asset,
        record.Partition,
        new DataVersion(record.DataVersion),
        record.CodeVersion,
        record.UpstreamDataVersions.ToDictionary(u => new AssetKey(u.Key), u => new DataVersion(u.Value)));

    private static SourceObservation ToObservation(SourceObservationRecord record) =>
        new(record.Asset, record.Partition, new DataVersion(record.DataVersion));
}
