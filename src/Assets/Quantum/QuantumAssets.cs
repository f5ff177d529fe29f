using Lineage.Assets.Keys;
using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum.Columns;
using Lineage.Assets.Quantum.Tables;
using Lineage.Assets.Specs;

namespace Lineage.Assets.Quantum;

/// <summary>
/// The quantum feature pipeline as software-defined assets: the raw VQE result files, the nine base tables read
/// from them and the two ML feature tables built on those.
/// </summary>
public static class QuantumAssets
{
    /// <summary>
    /// The twelve asset specs, upstream before downstream, all partitioned daily from <paramref name="partitionsStart"/>
    /// (the date of the earliest raw file).
    /// </summary>
    public static IReadOnlyList<AssetSpec> CreateSpecs(DateOnly partitionsStart)
    {
        var partitions = new DailyPartitions(partitionsStart);
        var raw = RawVqeResultsAsset.Create(partitions);
        var common = new BaseColumns(raw);

        var molecules = MoleculesAsset.Create(common, partitions);
        var ansatz = AnsatzInfoAsset.Create(common, partitions);
        var metrics = PerformanceMetricsAsset.Create(common, partitions);
        var results = VqeResultsAsset.Create(common, partitions);
        var iterations = VqeIterationsAsset.Create(common, partitions);
        var features = MlIterationFeaturesAsset.Create(partitions, iterations, results, molecules, metrics, ansatz);

        return
        [
            raw,
            molecules,
            ansatz,
            metrics,
            results,
            InitialParametersAsset.Create(common, partitions),
            OptimalParametersAsset.Create(common, partitions),
            iterations,
            IterationParametersAsset.Create(common, partitions),
            HamiltonianTermsAsset.Create(common, partitions),
            features,
            MlRunSummaryAsset.Create(partitions, features),
        ];
    }

    /// <summary>The audit table that receives one row per base materialization, partitioned by processing_date.</summary>
    public static AssetKey ProcessingMetadataKey => QuantumAssetKeys.ProcessingMetadata;

    /// <summary>
    /// Columns of the audit table. It records runs rather than data, so its columns are written by the run and
    /// carry no column lineage.
    /// </summary>
    public static IReadOnlyList<ColumnSpec> ProcessingMetadataColumns { get; } =
    [
        Column.Of("processing_batch_id", "string", "Identifies the run, as in the base tables' processing_batch_id."),
        Column.Of("processing_name", "string", $"Name of the processing step, {BaseColumns.ProcessingName}."),
        Column.Of("processing_timestamp", "timestamptz", "When the run started."),
        Column.Of("processing_date", "date", "The partition the run materialized."),
        Column.Of("table_names", "list<string>", "The base tables the run wrote, in write order."),
        Column.Of("table_versions", "list<string>", "For each table in table_names, the tag of the snapshot written."),
        Column.Of("record_counts", "list<long>", "For each table in table_names, the number of rows written."),
        Column.Of("source_data_info", "string",
            "Where the rows came from: the raw files read and the files rejected, each with its reason."),
    ];
}
