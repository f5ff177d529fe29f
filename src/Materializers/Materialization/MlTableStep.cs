using Apache.Arrow;
using Lineage.Assets.Quantum;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Materializers.Checks;
using Lineage.Materializers.Tables;
using Lineage.Materializers.Tables.Ml;
using Lineage.Materializers.Warehouse;

namespace Lineage.Materializers.Materialization;

/// <summary>
/// Materializes one ML table for one partition from the upstream partitions read through Iceberg scans, replacing
/// the table's partition in one tagged snapshot.
/// </summary>
internal sealed class MlTableStep(QuantumWarehouse warehouse, MaterializerOptions options)
{
    public async Task<TableCommit> RunAsync(
        TableDefinition definition, IPartitionReader upstream, ProcessingStamp stamp, MaterializationFacts facts, CancellationToken cancellationToken)
    {
        var table = await warehouse.OpenAsync(definition, cancellationToken);
        await using var sink = new TableSink(definition, table, options.BatchRows, cancellationToken);
        Task Write(RecordBatch batch, CancellationToken token) => sink.WriteAsync(batch, token);
        if (definition.Key == QuantumAssetKeys.MlIterationFeatures)
            await new MlIterationFeaturesBuilder(options.Ml).BuildAsync(upstream, stamp.Date, facts, Write, cancellationToken);
        else if (definition.Key == QuantumAssetKeys.MlRunSummary)
            await new MlRunSummaryBuilder(options.Ml).BuildAsync(upstream, stamp.Date, Write, cancellationToken);
        else
            throw new ArgumentException($"{definition.Key} is not an ML table", nameof(definition));
        var rows = sink.RowCount;
        var files = await sink.FinishAsync(cancellationToken);
        FaultPoints.Reach($"before-commit:{definition.Key.Name}");
        var commit = await table.OverwritePartitionsAsync(
            files, IcebergPartitionReader.DayFilter(stamp.PartitionKey), SnapshotProperties.For(definition.Key, stamp), cancellationToken);
        FaultPoints.Reach($"after-commit:{definition.Key.Name}");
        return new TableCommit(definition.Key, commit, stamp.Tag, rows);
    }
}
