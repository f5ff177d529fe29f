using Lineage.Assets.Keys;
using Lineage.Materializers.Recording;
using Lineage.Materializers.Tables;
using Lineage.Materializers.Warehouse;

namespace Lineage.Materializers.Materialization;

/// <summary>
/// A batch's entry in the commit journal while this process runs it: the intent (tables and the snapshots they stand
/// at) is written before the first commit, a heartbeat keeps it alive, and it ends completed once every commit is
/// recorded. Disposed without completing, it rolls the batch back.
/// </summary>
internal sealed class RunningBatch : IAsyncDisposable
{
    private readonly IMaterializationLog _log;
    private readonly BatchRecovery _recovery;
    private readonly TimeProvider _clock;
    private readonly CancellationTokenSource _stopHeartbeat = new();
    private readonly Task _heartbeat;
    private bool _ended;

    private RunningBatch(BatchIntent intent, IMaterializationLog log, BatchRecovery recovery, TimeProvider clock)
    {
        Intent = intent;
        _log = log;
        _recovery = recovery;
        _clock = clock;
        _heartbeat = BeatAsync();
    }

    public BatchIntent Intent { get; }

    /// <param name="group">The commit group's name within the batch: <c>base</c>, or the ML table's.</param>
    public static async Task<RunningBatch> BeginAsync(
        IMaterializationLog log, BatchRecovery recovery, QuantumWarehouse warehouse, ProcessingStamp stamp, string group, IReadOnlyList<AssetKey> tables,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var parents = new List<BatchTable>();
        foreach (var table in tables)
            parents.Add(new BatchTable(table, (await warehouse.TryLoadAsync(table, cancellationToken))?.Metadata.CurrentSnapshotId));
        var now = clock.GetUtcNow();
        var intent = new BatchIntent(stamp.BatchId, group, stamp.PartitionKey, parents, BatchOwner.Current, now, now);
        await log.BeginBatchAsync(intent, cancellationToken);
        return new RunningBatch(intent, log, recovery, clock);
    }

    public async Task CompleteAsync()
    {
        await StopHeartbeatAsync();
        FaultPoints.Reach($"before-complete:{Intent.Group}");
        await _log.EndBatchAsync(Intent, BatchEnd.Completed, _clock.GetUtcNow(), CancellationToken.None);
        _ended = true;
    }

    /// <summary>Rolls the batch back now; returns the tables that could not be restored (recovery retries them later).</summary>
    public async Task<IReadOnlyList<string>> RollBackAsync()
    {
        await StopHeartbeatAsync();
        var failures = await _recovery.RollBackAsync(Intent);
        _ended = failures.Count == 0;
        return failures;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_ended)
            await RollBackAsync();
        await StopHeartbeatAsync();
        _stopHeartbeat.Dispose();
    }

    private async Task StopHeartbeatAsync()
    {
        if (!_stopHeartbeat.IsCancellationRequested)
            await _stopHeartbeat.CancelAsync();
        await _heartbeat;
    }

    private async Task BeatAsync()
    {
        using var timer = new PeriodicTimer(BatchRecovery.HeartbeatInterval, _clock);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopHeartbeat.Token))
                await _log.TouchBatchAsync(Intent, _clock.GetUtcNow(), _stopHeartbeat.Token);
        }
        catch (OperationCanceledException) when (_stopHeartbeat.IsCancellationRequested)
        {
        }
    }
}
