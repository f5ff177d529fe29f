using System.Diagnostics;
using System.Text.Json.Nodes;
using Lineage.Assets.Graph;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Assets.Specs;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Materializers.Checks;
using Lineage.Materializers.Raw;
using Lineage.Materializers.Recording;
using Lineage.Materializers.Tables;
using Lineage.Materializers.Warehouse;

namespace Lineage.Materializers.Materialization;

/// <summary>
/// Materializes a selection of the quantum assets for daily partitions, one partition after another: observes the
/// raw source, writes the selected base tables in one pass over the raw files, then the selected ML tables; checks
/// each asset right after its commit and records materializations, observations and check results in the log. A
/// failed or blocked step blocks what depends on it in the same partition; other partitions go on. Each pass that
/// commits (the base tables with processing_metadata, or one ML table) is one batch of the commit journal: abandoned
/// batches of a partition are recovered before it is materialized.
/// </summary>
public sealed class QuantumMaterializer(
    AssetGraph graph, RawSource raw, QuantumWarehouse warehouse, IMaterializationLog log, MaterializerOptions options, TimeProvider clock)
{
    private readonly BaseFeaturesStep _base = new(raw, warehouse, options);
    private readonly MlTableStep _ml = new(warehouse, options);
    private readonly BatchRecovery _recovery = new(warehouse, log, clock);

    /// <summary>The commit group of the base tables and processing_metadata; each ML table is a group of its own, named after it.</summary>
    public const string BaseGroup = "base";

    /// <summary>Raised when a commit group waits for another batch of its partition, with that batch: a second materialization of a partition runs after the first.</summary>
    public event Action<BatchIntent>? WaitingForBatch;

    public async Task<IReadOnlyList<StepResult>> MaterializeAsync(
        IReadOnlyCollection<AssetKey> selection, IReadOnlyList<DateOnly> partitions, Action<StepResult>? onStep, CancellationToken cancellationToken)
    {
        var results = new List<StepResult>();
        foreach (var date in partitions)
        {
            var startedAt = clock.GetUtcNow();
            var stamp = new ProcessingStamp(BatchIds.New(date, startedAt), ProcessingStamp.BaseProcessingName, startedAt, date);
            var run = new PartitionRun(stamp, new IcebergPartitionReader(warehouse));
            await _recovery.RecoverAsync(stamp.PartitionKey, cancellationToken);
            void Report(StepResult result)
            {
                run.Results[result.Asset] = result;
                results.Add(result);
                onStep?.Invoke(result);
            }
            // Base tables are written in the order processing_metadata lists them; reading their raw files observes the source.
            var baseTables = QuantumAssetKeys.BaseTables.Where(selection.Contains).ToList();
            if (selection.Contains(QuantumAssetKeys.RawVqeResults) && baseTables.Count == 0)
                Report(await ObserveAsync(run, cancellationToken));
            if (baseTables.Count > 0)
                foreach (var result in await MaterializeBaseAsync(run, baseTables, cancellationToken))
                    Report(result);
            foreach (var key in graph.TopologicalOrder.Where(k => !graph[k].IsSource && !QuantumAssetKeys.BaseTables.Contains(k) && selection.Contains(k)))
                Report(await MaterializeMlAsync(run, key, cancellationToken));
        }
        return results;
    }

    private async Task<StepResult> ObserveAsync(PartitionRun run, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        return await RecordObservedAsync(run, await raw.ListPartitionAsync(run.Date, cancellationToken), watch, cancellationToken);
    }

    /// <summary>Records the source partition as observed holding <paramref name="files"/>.</summary>
    private async Task<StepResult> RecordObservedAsync(PartitionRun run, IReadOnlyList<RawFile> files, Stopwatch watch, CancellationToken cancellationToken)
    {
        await RecordObservationAsync(run, files, RawSource.DataVersion(files), cancellationToken);
        return new StepResult(QuantumAssetKeys.RawVqeResults, run.PartitionKey, StepStatus.Observed, files.Count, null, null, [], watch.Elapsed, null);
    }

    private async Task RecordObservationAsync(PartitionRun run, IReadOnlyList<RawFile> files, string version, CancellationToken cancellationToken)
    {
        run.DataVersions[QuantumAssetKeys.RawVqeResults] = version;
        await log.RecordObservationAsync(
            new SourceObservationRecord(QuantumAssetKeys.RawVqeResults, run.PartitionKey, version, files.Count, files.Sum(f => f.Length), clock.GetUtcNow()),
            cancellationToken);
    }

    private async Task<IReadOnlyList<StepResult>> MaterializeBaseAsync(PartitionRun run, IReadOnlyList<AssetKey> tables, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var files = await raw.ListPartitionAsync(run.Date, cancellationToken);
        if (files.Count == 0 && await HoldNothingAsync(tables, run.PartitionKey, cancellationToken) is { } standing)
            return await RecordEmptyBaseAsync(run, standing, watch, cancellationToken);
        var rawSpec = graph[QuantumAssetKeys.RawVqeResults];
        IReadOnlyList<CheckResult> rawChecks = [];
        BaseFeaturesOutcome outcome;
        await using var batch = await RunningBatch.BeginAsync(log, _recovery, warehouse, run.Stamp, BaseGroup, [.. tables, QuantumAssetKeys.ProcessingMetadata], clock, WaitingForBatch, cancellationToken);
        try
        {
            outcome = await _base.RunAsync(tables.Select(k => TableDefinition.For(graph[k])).ToList(), files, batch, run.Stamp, run.Facts, async () =>
            {
                rawChecks = await CheckEvaluators.EvaluateAsync(rawSpec, new CheckContext(run.Date, run.Reader, run.Facts), clock, cancellationToken);
                return !rawChecks.Any(c => c.BlocksDownstream);
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return tables.Select(k => Failed(k, run, watch.Elapsed, e)).ToList();
        }

        var results = new List<StepResult>();
        await log.RecordChecksAsync(rawChecks, cancellationToken);
        await RecordObservationAsync(run, outcome.RawFiles, outcome.RawDataVersion, cancellationToken);
        results.Add(new StepResult(QuantumAssetKeys.RawVqeResults, run.PartitionKey, StepStatus.Observed, outcome.RawFiles.Count, null, null, rawChecks, watch.Elapsed, null)
        {
            RejectedFiles = run.Facts.RejectedFiles,
        });
        if (outcome.Tables.Count == 0)
        {
            var blocker = rawChecks.First(c => c.BlocksDownstream);
            results.AddRange(tables.Select(k => Blocked(k, run, $"blocking check {blocker.CheckName} of {blocker.Asset} failed: {blocker.Summary}")));
            return results;
        }
        foreach (var commit in outcome.Tables)
            run.Reader.Pin(commit.Table, commit.Commit.SnapshotId);
        foreach (var commit in outcome.Tables)
            await RecordMaterializationAsync(run, commit, watch.Elapsed, cancellationToken);
        await batch.CompleteAsync();
        // The tables' checks are one set of work, largest tables first: no core waits while one table's scan finishes.
        var byRows = outcome.Tables.OrderByDescending(c => c.Rows).ToList();
        var checks = await CheckEvaluators.EvaluateAsync(byRows.Select(c => graph[c.Table]).ToList(), new CheckContext(run.Date, run.Reader, run.Facts), clock, cancellationToken);
        foreach (var commit in outcome.Tables)
        {
            var tableChecks = checks[byRows.IndexOf(commit)];
            await log.RecordChecksAsync(tableChecks, cancellationToken);
            results.Add(Materialized(run, commit, tableChecks, watch.Elapsed));
        }
        return results;
    }

    private async Task<StepResult> MaterializeMlAsync(PartitionRun run, AssetKey key, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        foreach (var parent in graph.Parents(key))
        {
            if (run.Results.TryGetValue(parent, out var upstream))
            {
                if (upstream.Status is StepStatus.Failed or StepStatus.Blocked)
                    return Blocked(key, run, $"upstream {parent} {upstream.Status.ToString().ToLowerInvariant()} for {run.PartitionKey}");
                if (upstream.Checks.FirstOrDefault(c => c.BlocksDownstream) is { } failed)
                    return Blocked(key, run, $"blocking check {failed.CheckName} of {parent} failed for {run.PartitionKey}: {failed.Summary}");
                continue;
            }
            var latest = await log.LatestMaterializationAsync(parent, run.PartitionKey, cancellationToken);
            if (latest is null)
                return Failed(key, run, watch.Elapsed, new MaterializationFailedException(
                    $"upstream partition {parent} {run.PartitionKey} has not been materialized; materialize it first (select {parent.Name} or +{key.Name})"));
            var checks = await log.LatestChecksAsync([parent], run.PartitionKey, cancellationToken);
            if (checks.FirstOrDefault(c => c.BlocksDownstream) is { } blocking)
                return Blocked(key, run, $"blocking check {blocking.CheckName} of {parent} failed for {run.PartitionKey}: {blocking.Summary}");
            run.DataVersions[parent] = latest.DataVersion;
            if (latest.SnapshotId is { } snapshot)
                run.Reader.Pin(parent, snapshot);
            else
                run.Empty.Add(parent);
        }
        if (graph.Parents(key).All(run.Empty.Contains) && await HoldNothingAsync([key], run.PartitionKey, cancellationToken) is { } standing)
            return (await RecordEmptyAsync(run, standing, watch, cancellationToken))[0];
        try
        {
            await using var batch = await RunningBatch.BeginAsync(log, _recovery, warehouse, run.Stamp, key.Name, [key], clock, WaitingForBatch, cancellationToken);
            var commit = await _ml.RunAsync(TableDefinition.For(graph[key]), run.Reader, run.Stamp, run.Facts, cancellationToken);
            run.Reader.Pin(key, commit.Commit.SnapshotId);
            await RecordMaterializationAsync(run, commit, watch.Elapsed, cancellationToken);
            await batch.CompleteAsync();
            return await CheckCommitAsync(run, commit, watch.Elapsed, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(key, run, watch.Elapsed, e);
        }
    }

    /// <summary>Evaluates and records the asset's checks against the committed snapshot.</summary>
    private async Task<StepResult> CheckCommitAsync(PartitionRun run, TableCommit commit, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        var checks = await CheckEvaluators.EvaluateAsync(graph[commit.Table], new CheckContext(run.Date, run.Reader, run.Facts), clock, cancellationToken);
        await log.RecordChecksAsync(checks, cancellationToken);
        return Materialized(run, commit, checks, elapsed);
    }

    private static StepResult Materialized(PartitionRun run, TableCommit commit, IReadOnlyList<CheckResult> checks, TimeSpan elapsed) =>
        new(commit.Table, run.PartitionKey, StepStatus.Materialized, commit.Rows, commit.Commit.SnapshotId, commit.Tag, checks, elapsed, null);

    /// <summary>
    /// The sequence number each table stands at when none of them holds a row in the partition, else null: an empty
    /// partition is written only where it removes rows.
    /// </summary>
    private async Task<IReadOnlyDictionary<AssetKey, long>?> HoldNothingAsync(IReadOnlyList<AssetKey> tables, string partition, CancellationToken cancellationToken)
    {
        var standing = new Dictionary<AssetKey, long>();
        foreach (var table in tables)
        {
            var (rows, sequence) = await warehouse.PartitionRowsAsync(table, partition, cancellationToken);
            if (rows > 0)
                return null;
            standing[table] = sequence;
        }
        return standing;
    }

    /// <summary>A partition without raw files whose tables hold nothing there: observed and recorded as empty, nothing committed.</summary>
    private async Task<IReadOnlyList<StepResult>> RecordEmptyBaseAsync(
        PartitionRun run, IReadOnlyDictionary<AssetKey, long> standing, Stopwatch watch, CancellationToken cancellationToken)
    {
        var observed = await RecordObservedAsync(run, [], watch, cancellationToken);
        return [observed, .. await RecordEmptyAsync(run, standing, watch, cancellationToken)];
    }

    private async Task<IReadOnlyList<StepResult>> RecordEmptyAsync(
        PartitionRun run, IReadOnlyDictionary<AssetKey, long> standing, Stopwatch watch, CancellationToken cancellationToken)
    {
        var results = new List<StepResult>();
        foreach (var (table, sequence) in standing)
        {
            await RecordMaterializationAsync(run, table, null, sequence, null, 0, new JsonObject { ["empty"] = true }, watch.Elapsed, cancellationToken);
            run.Empty.Add(table);
            results.Add(new StepResult(table, run.PartitionKey, StepStatus.Empty, 0, null, null, [], watch.Elapsed, null));
        }
        return results;
    }

    private Task RecordMaterializationAsync(PartitionRun run, TableCommit commit, TimeSpan elapsed, CancellationToken cancellationToken) =>
        RecordMaterializationAsync(run, commit.Table, commit.Commit.SnapshotId, commit.Commit.SequenceNumber, commit.Tag, commit.Rows, new JsonObject
        {
            ["added_files"] = commit.Commit.Summary.GetValueOrDefault("added-data-files"),
            ["deleted_files"] = commit.Commit.Summary.GetValueOrDefault("deleted-data-files"),
            ["added_bytes"] = commit.Commit.Summary.GetValueOrDefault("added-files-size"),
        }, elapsed, cancellationToken);

    /// <summary>Records the materialization with the data version derived from its upstream versions.</summary>
    private async Task RecordMaterializationAsync(
        PartitionRun run, AssetKey table, long? snapshotId, long sequence, string? tag, long rows, JsonObject metadata, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        var spec = graph[table];
        var upstream = graph.Parents(table)
            .Where(run.DataVersions.ContainsKey)
            .ToDictionary(p => p.Value, p => run.DataVersions[p]);
        var version = DataVersions.Derive(table, spec.CodeVersion, upstream);
        run.DataVersions[table] = version;
        await log.RecordMaterializationAsync(new MaterializationRecord(
            table, run.PartitionKey, run.Stamp.BatchId, snapshotId, sequence, tag, rows, spec.CodeVersion, version,
            upstream, run.Stamp.Timestamp, elapsed, metadata), cancellationToken);
    }

    private static StepResult Failed(AssetKey key, PartitionRun run, TimeSpan elapsed, Exception error) =>
        new(key, run.PartitionKey, StepStatus.Failed, 0, null, null, [], elapsed, error.Message)
        {
            Permanent = DamagedTableException.IsPermanent(error),
        };

    private static StepResult Blocked(AssetKey key, PartitionRun run, string reason) =>
        new(key, run.PartitionKey, StepStatus.Blocked, 0, null, null, [], TimeSpan.Zero, reason);
}
