using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Materializers.Recording;
using Lineage.Materializers.Warehouse;

namespace Lineage.Materializers.Materialization;

/// <summary>
/// Ends the batches whose owner is gone (a killed process, a lost node) so that no table keeps part of one: a batch
/// whose every table holds its commit and whose every commit is recorded in the catalog is completed; any other is
/// rolled back — each table that holds the batch's snapshot goes back to the snapshot before it (the tag goes too) and
/// the catalog forgets the batch's materializations. Runs before a partition is materialized and before health is read.
/// </summary>
public sealed class BatchRecovery(QuantumWarehouse warehouse, IMaterializationLog log, TimeProvider clock)
{
    /// <summary>How often a running batch says it is alive.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(10);

    /// <summary>A batch of another host not heard of for this long is taken as abandoned.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    /// <summary>Ends every abandoned batch of the partition (or of all partitions); returns what was done and the batches still running.</summary>
    public async Task<BatchRecoveryReport> RecoverAsync(string? partition, CancellationToken cancellationToken)
    {
        var ended = new List<RecoveredBatch>();
        var running = new List<BatchIntent>();
        foreach (var batch in await log.UnfinishedBatchesAsync(partition, cancellationToken))
        {
            if (IsAbandoned(batch))
                ended.Add(await EndAsync(batch, cancellationToken));
            else
                running.Add(batch);
        }
        return new BatchRecoveryReport(ended, running);
    }

    /// <summary>Rolls the batch back at once (its owner gave up on it); returns the tables that could not be restored, with why.</summary>
    internal async Task<IReadOnlyList<string>> RollBackAsync(BatchIntent batch)
    {
        var (failures, _) = await UndoAsync(batch);
        if (failures.Count == 0)
            await log.EndBatchAsync(batch, BatchEnd.RolledBack, clock.GetUtcNow(), CancellationToken.None);
        return failures;
    }

    private bool IsAbandoned(BatchIntent batch) =>
        batch.Owner.IsGoneFromThisHost() || clock.GetUtcNow() - batch.LastSeenAt > Lease;

    private async Task<RecoveredBatch> EndAsync(BatchIntent batch, CancellationToken cancellationToken)
    {
        if (await IsWholeAsync(batch, cancellationToken))
        {
            await log.EndBatchAsync(batch, BatchEnd.Completed, clock.GetUtcNow(), cancellationToken);
            return new RecoveredBatch(batch, BatchEnd.Completed, []);
        }
        var (failures, undone) = await UndoAsync(batch);
        if (failures.Count > 0)
            throw new MaterializationFailedException(
                $"batch {batch.BatchId} ({batch.Group}) of partition {batch.Partition} was left unfinished and could not be rolled back: {string.Join("; ", failures)}");
        await log.EndBatchAsync(batch, BatchEnd.RolledBack, clock.GetUtcNow(), cancellationToken);
        return new RecoveredBatch(batch, BatchEnd.RolledBack, undone);
    }

    private async Task<bool> IsWholeAsync(BatchIntent batch, CancellationToken cancellationToken)
    {
        foreach (var table in batch.Tables)
        {
            var loaded = await warehouse.TryLoadAsync(table.Asset, cancellationToken);
            if (loaded is null || !HoldsBatch(loaded, batch))
                return false;
            // processing_metadata is the batch's audit row, not an asset partition the catalog records.
            if (table.Asset == QuantumAssetKeys.ProcessingMetadata)
                continue;
            var recorded = await log.LatestMaterializationAsync(table.Asset, batch.Partition, cancellationToken);
            if (recorded?.BatchId != batch.BatchId)
                return false;
        }
        return true;
    }

    /// <summary>Undoes the batch's snapshot in each table that holds it, last table first. Not cancellable: a half-undone batch is what this prevents.</summary>
    private async Task<(List<string> Failures, List<AssetKey> Undone)> UndoAsync(BatchIntent batch)
    {
        var failures = new List<string>();
        var undone = new List<AssetKey>();
        foreach (var table in batch.Tables.Reverse())
        {
            try
            {
                var loaded = await warehouse.TryLoadAsync(table.Asset, CancellationToken.None);
                if (loaded is null || !HoldsBatch(loaded, batch))
                    continue;
                await loaded.UndoSnapshotAsync(loaded.Metadata.CurrentSnapshotId!.Value, ProcessingStampTag(batch), CancellationToken.None);
                undone.Add(table.Asset);
            }
            catch (Exception e)
            {
                failures.Add($"{warehouse.LocationOf(table.Asset)}: {e.Message}");
            }
        }
        return (failures, undone);
    }

    private static bool HoldsBatch(IcebergTable table, BatchIntent batch) =>
        table.Metadata.CurrentSnapshot?.Summary.GetValueOrDefault(SnapshotProperties.BatchIdKey) == batch.BatchId;

    private static string ProcessingStampTag(BatchIntent batch) => $"v_{batch.BatchId}";
}
