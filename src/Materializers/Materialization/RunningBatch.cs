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

    /// <summary>
    /// Begins the group once no other batch holds it for the partition: while one does, waits for it to end (recovering
    /// it when its owner is gone), so that two materializations of a partition commit one after the other.
    /// </summary>
    /// <param name="group">The commit group's name within the batch: <c>base</c>, or the ML table's.</param>
    public static async Task<RunningBatch> BeginAsync(
        IMaterializationLog log, BatchRecovery recovery, QuantumWarehouse warehouse, ProcessingStamp stamp, string group, IReadOnlyList<AssetKey> tables,
        TimeProvider clock, Action<BatchIntent>? onWaiting, CancellationToken cancellationToken)
    {
        string? waitingFor = null;
        while (true)
        {
            var parents = new List<BatchTable>();
            foreach (var table in tables)
                parents.Add(new BatchTable(table, (await warehouse.TryLoadAsync(table, cancellationToken))?.Metadata.CurrentSnapshotId));
            var now = clock.GetUtcNow();
            var intent = new BatchIntent(stamp.BatchId, group, stamp.PartitionKey, parents, BatchOwner.Current, now, now);
            var holder = await log.BeginBatchAsync(intent, cancellationToken);
            if (holder is null)
                return new RunningBatch(intent, log, recovery, clock);
            if (holder.BatchId != waitingFor)
                onWaiting?.Invoke(holder);
            waitingFor = holder.BatchId;
            await Task.Delay(HolderPollInterval, clock, cancellationToken);
            await recovery.RecoverAsync(stamp.PartitionKey, cancellationToken);
        }
    }

    /// <summary>How often a batch waiting for another of its partition looks again.</summary>
    private static readonly TimeSpan HolderPollInterval = TimeSpan.FromMilliseconds(250);

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
