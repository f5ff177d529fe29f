using System.Text.Json;
using Lineage.Assets.Keys;
using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum;
using Lineage.Materializers.Warehouse;
using Lineage.Workbench.Materialization;

namespace Lineage.Workbench.Catalog.Plots;

/// <summary>
/// The data behind the Plots tab: energy per iteration of chosen experiments from ml_iteration_features and the
/// distribution of a convergence measure from ml_run_summary, read from one partition, only the needed columns.
/// </summary>
public sealed class AssetPlots(IConfiguration configuration, AssetCatalog catalog)
{
    public const int MaxExperiments = 10;

    public const int DefaultBins = 12;

    private static readonly string[] ChoiceColumns = ["experiment_id", "molecule_name", "basis_set", "optimizer"];

    private static readonly string[] SeriesColumns = ["experiment_id", "iteration_step", "energy", "cumulative_min_energy"];

    /// <summary>The plot of an asset, by its full key (<c>quantum_features/ml_run_summary</c>).</summary>
    public static PlotKind KindOf(string assetKey) =>
        assetKey == QuantumAssetKeys.MlIterationFeatures.Value ? PlotKind.EnergyByIteration
        : assetKey == QuantumAssetKeys.MlRunSummary.Value ? PlotKind.SummaryDistribution
        : PlotKind.None;

    /// <summary>The experiments of a partition of ml_iteration_features.</summary>
    public async Task<IReadOnlyList<ExperimentChoice>> ExperimentsAsync(DateOnly partition, CancellationToken cancellationToken) =>
        IterationSeries.Choices(await ReadAsync(QuantumAssetKeys.MlIterationFeatures, partition, ChoiceColumns, cancellationToken));

    /// <summary>Energy and cumulative minimum per iteration of up to <see cref="MaxExperiments"/> experiments.</summary>
    public async Task<IReadOnlyList<EnergySeries>> EnergySeriesAsync(
        DateOnly partition, IReadOnlyList<ExperimentChoice> experiments, CancellationToken cancellationToken)
    {
        if (experiments.Count > MaxExperiments)
            throw new ArgumentException($"{experiments.Count} experiments asked; a plot shows at most {MaxExperiments}, choose fewer");
        if (experiments.Count == 0)
            return [];
        var rows = await ReadAsync(QuantumAssetKeys.MlIterationFeatures, partition, SeriesColumns, cancellationToken);
        return IterationSeries.Extract(
            rows, experiments.Select(e => e.ExperimentId).ToList(), experiments.ToDictionary(e => e.ExperimentId, e => e.Label));
    }

    /// <summary>The histogram of a measure (see <see cref="SummaryMeasure.All"/>) over a partition's experiments; null values are left out.</summary>
    public async Task<Histogram> DistributionAsync(DateOnly partition, string measure, int bins, CancellationToken cancellationToken)
    {
        var column = SummaryMeasure.Find(measure).Column;
        var rows = await ReadAsync(QuantumAssetKeys.MlRunSummary, partition, [column], cancellationToken);
        return Histogram.Of(
            rows.Select(r => r.GetProperty(column)).Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDouble()),
            bins);
    }

    private async Task<IReadOnlyList<JsonElement>> ReadAsync(
        AssetKey table, DateOnly partition, IReadOnlyList<string> columns, CancellationToken cancellationToken)
    {
        var reader = new IcebergPartitionReader(MaterializerFactory.Warehouse(configuration, catalog));
        using var rows = new RowJsonCollector();
        await foreach (var batch in reader.ReadAsync(table, partition, columns, cancellationToken))
            rows.Add(batch, 0, batch.Length);
        return rows.ToRows();
    }

    public static DateOnly ParsePartition(string partition) =>
        DailyPartitions.TryParseKey(partition, out var date)
            ? date
            : throw new ArgumentException($"partition '{partition}' is not a date; write it as yyyy-MM-dd, e.g. 2026-11-19");
}
