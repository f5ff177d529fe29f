using Lineage.Assets.Keys;
using Lineage.Materializers.Checks;

namespace Lineage.Materializers.Recording;

/// <summary>
/// A materialization log held in memory, newest last: for one process that needs no history afterwards (benchmarks,
/// tests, a dry run). Not thread-safe.
/// </summary>
public sealed class InMemoryMaterializationLog : IMaterializationLog
{
    public List<MaterializationRecord> Materializations { get; } = [];

    public List<SourceObservationRecord> Observations { get; } = [];

    public List<CheckResult> Checks { get; } = [];

    public List<BatchIntent> UnfinishedBatches { get; } = [];

    public Task RecordMaterializationAsync(MaterializationRecord record, CancellationToken cancellationToken)
    {
        Materializations.Add(record);
        return Task.CompletedTask;
    }

    public Task RecordObservationAsync(SourceObservationRecord observation, CancellationToken cancellationToken)
    {
        Observations.Add(observation);
        return Task.CompletedTask;
    }

    public Task RecordChecksAsync(IReadOnlyList<CheckResult> results, CancellationToken cancellationToken)
    {
        Checks.AddRange(results);
        return Task.CompletedTask;
    }

    public Task<MaterializationRecord?> LatestMaterializationAsync(AssetKey asset, string partition, CancellationToken cancellationToken) =>
        Task.FromResult(Materializations.Where(m => m.Asset == asset && m.Partition == partition).MaxBy(m => m.SequenceNumber));

    public Task<SourceObservationRecord?> LatestObservationAsync(AssetKey asset, string partition, CancellationToken cancellationToken) =>
        Task.FromResult(Observations.LastOrDefault(o => o.Asset == asset && o.Partition == partition));

    public Task<IReadOnlyList<CheckResult>> LatestChecksAsync(IReadOnlyCollection<AssetKey> assets, string? partition, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CheckResult>>(Checks
            .Where(c => assets.Contains(c.Asset) && (partition is null || c.Partition == partition))
            .GroupBy(c => (c.Asset, c.CheckName, c.Partition))
            .Select(g => g.Last())
            .OrderBy(c => c.Asset.Value, StringComparer.Ordinal).ThenBy(c => c.CheckName, StringComparer.Ordinal).ThenBy(c => c.Partition, StringComparer.Ordinal)
            .ToList());

    public Task<BatchIntent?> BeginBatchAsync(BatchIntent intent, CancellationToken cancellationToken)
    {
        var holder = UnfinishedBatches.FirstOrDefault(b => b.Partition == intent.Partition && b.Group == intent.Group);
        if (holder is null)
            UnfinishedBatches.Add(intent);
        return Task.FromResult(holder);
    }

    public Task TouchBatchAsync(BatchIntent intent, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var index = UnfinishedBatches.FindIndex(b => b.BatchId == intent.BatchId && b.Group == intent.Group);
        if (index >= 0)
            UnfinishedBatches[index] = UnfinishedBatches[index] with { LastSeenAt = at };
        return Task.CompletedTask;
    }

    public Task EndBatchAsync(BatchIntent intent, BatchEnd end, DateTimeOffset at, CancellationToken cancellationToken)
    {
        UnfinishedBatches.RemoveAll(b => b.BatchId == intent.BatchId && b.Group == intent.Group);
        if (end == BatchEnd.RolledBack)
            Materializations.RemoveAll(m => m.BatchId == intent.BatchId && intent.Tables.Any(t => t.Asset == m.Asset));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<BatchIntent>> UnfinishedBatchesAsync(string? partition, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BatchIntent>>([.. UnfinishedBatches.Where(b => partition is null || b.Partition == partition)]);
}
