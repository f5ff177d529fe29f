using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Materializers.Checks;
using Lineage.Materializers.Raw;
using Lineage.Materializers.Tables;
using Lineage.Materializers.Tables.Base;
using Lineage.Materializers.Warehouse;

namespace Lineage.Materializers.Materialization;

/// <summary>
/// Materializes base tables for one partition in one pass over its raw files: newest landing first, so the first
/// file of an experiment is the one that wins and older copies are only reported; every valid record adds its rows
/// to each selected table; then each table's partition is replaced (one tagged snapshot per table) and one row is
/// appended to processing_metadata, within the batch's journal entry. If any commit fails, the batch is rolled back.
/// </summary>
internal sealed class BaseFeaturesStep(RawSource raw, QuantumWarehouse warehouse, MaterializerOptions options)
{
    /// <summary>Raw files decoded ahead of the one being written: enough to keep the decoding thread busy, few enough to hold.</summary>
    private const int DecodeAhead = 16;

    private static readonly TableDefinition ProcessingMetadata =
        TableDefinition.Create(QuantumAssets.ProcessingMetadataKey, QuantumAssets.ProcessingMetadataColumns, ["processing_date"]);

    /// <param name="files">The partition's raw files, newest landing first.</param>
    /// <param name="mayCommit">
    /// Asked once the files are read (and <paramref name="facts"/> filled) and before anything is committed; false abandons the step (a blocking
    /// check on the raw files failed) and the outcome has no table commits.
    /// </param>
    public async Task<BaseFeaturesOutcome> RunAsync(
        IReadOnlyList<TableDefinition> tables, IReadOnlyList<RawFile> files, RunningBatch batch, ProcessingStamp stamp, MaterializationFacts facts, Func<Task<bool>> mayCommit,
        CancellationToken cancellationToken)
    {
        facts.RawFilesRead = files.Count;
        var transforms = tables.Select(t => BaseTableTransforms.For(t.Key)).ToList();
        var sinks = new List<TableSink>();
        try
        {
            foreach (var definition in tables)
                sinks.Add(new TableSink(definition, await warehouse.OpenAsync(definition, cancellationToken), options.BatchRows, cancellationToken));
            await ReadIntoAsync(files, stamp, transforms, sinks, facts, cancellationToken);
            var dataVersion = RawSource.DataVersion(files);
            if (!await mayCommit())
                return new BaseFeaturesOutcome([], files, dataVersion);

            var written = new List<(TableSink Sink, IReadOnlyList<Lakehouse.Iceberg.Manifests.DataFile> Files, long Rows)>();
            foreach (var sink in sinks)
            {
                var rows = sink.RowCount;
                written.Add((sink, await sink.FinishAsync(cancellationToken), rows));
            }
            var metadataTable = await warehouse.OpenAsync(ProcessingMetadata, cancellationToken);
            var commits = await CommitAsync(written, metadataTable, batch, stamp, files, dataVersion, facts, cancellationToken);
            return new BaseFeaturesOutcome(commits, files, dataVersion);
        }
        finally
        {
            foreach (var sink in sinks)
                await sink.DisposeAsync();
        }
    }

    private async Task ReadIntoAsync(
        IReadOnlyList<RawFile> files, ProcessingStamp stamp, IReadOnlyList<IBaseTableTransform> transforms, IReadOnlyList<TableSink> sinks,
        MaterializationFacts facts, CancellationToken cancellationToken)
    {
        var winners = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var (file, run, error) in RawReadAhead.DecodeAsync(raw, files, DecodeAhead, cancellationToken))
        {
            if (error is not null)
            {
                facts.RejectedFiles.Add(error);
                continue;
            }
            if (winners.TryGetValue(run!.ExperimentId, out var winner))
            {
                facts.SupersededFiles.Add(new SupersededFile(file.Name, run.ExperimentId, winner));
                continue;
            }
            winners[run.ExperimentId] = file.Name;
            facts.DistinctIterationSteps[run.ExperimentId] = IterationSteps.FirstOccurrences(run.Record.VqeResult.IterationList).Count;
            for (var i = 0; i < transforms.Count; i++)
                transforms[i].Append(run, stamp, sinks[i].Rows);
        }
    }

    private static async Task<IReadOnlyList<TableCommit>> CommitAsync(
        IReadOnlyList<(TableSink Sink, IReadOnlyList<Lakehouse.Iceberg.Manifests.DataFile> Files, long Rows)> written, IcebergTable metadataTable,
        RunningBatch batch, ProcessingStamp stamp, IReadOnlyList<RawFile> files, string dataVersion, MaterializationFacts facts, CancellationToken cancellationToken)
    {
        var partition = IcebergPartitionReader.DayFilter(stamp.PartitionKey);
        var commits = new List<TableCommit>();
        try
        {
            foreach (var (sink, dataFiles, rows) in written)
            {
                FaultPoints.Reach($"before-commit:{sink.Definition.Key.Name}");
                var commit = await sink.Table.OverwritePartitionsAsync(dataFiles, partition, SnapshotProperties.For(sink.Definition.Key, stamp), cancellationToken);
                FaultPoints.Reach($"after-commit:{sink.Definition.Key.Name}");
                commits.Add(new TableCommit(sink.Definition.Key, commit, stamp.Tag, rows));
            }
            await using (var audit = new TableSink(ProcessingMetadata, metadataTable, 1, cancellationToken))
            {
                ProcessingMetadataRow.Append(audit.Rows, stamp, commits, files, dataVersion, facts);
                var auditFiles = await audit.FinishAsync(cancellationToken);
                FaultPoints.Reach($"before-commit:{ProcessingMetadata.Key.Name}");
                await metadataTable.AppendAsync(auditFiles, SnapshotProperties.For(ProcessingMetadata.Key, stamp), cancellationToken);
                FaultPoints.Reach($"after-commit:{ProcessingMetadata.Key.Name}");
            }
            return commits;
        }
        catch (Exception e)
        {
            var notRestored = await batch.RollBackAsync();
            var restored = notRestored.Count == 0
                ? "every table is back at its previous snapshot"
                : $"these tables could not be restored (recovery retries them): {string.Join("; ", notRestored)}";
            throw new MaterializationFailedException($"committing partition {stamp.Date:yyyy-MM-dd} failed: {e.Message}; {restored}", e);
        }
    }
}
