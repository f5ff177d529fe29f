using System.Runtime.InteropServices;
using Apache.Arrow;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Tables.Ml;

/// <summary>
/// Builds partition D of ml_run_summary: one row per experiment of the partition's ml_iteration_features rows,
/// read experiment by experiment.
/// </summary>
public sealed class MlRunSummaryBuilder
{
    private readonly MlFeatureOptions _options;

    public MlRunSummaryBuilder(MlFeatureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Writes the partition's rows to <paramref name="sink"/> in batches and returns how many.</summary>
    public async Task<long> BuildAsync(
        IPartitionReader tables,
        DateOnly date,
        Func<RecordBatch, CancellationToken, Task> sink,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(sink);
        var table = QuantumAssetKeys.MlIterationFeatures;
        var output = new BatchedRows(MlTableDefinitions.NewRows(MlTableDefinitions.RunSummary), _options.BatchRows, sink);
        var statistics = new RunStatistics(_options.HeadTailSize);
        string[] columns = [.. FeatureRow.Columns, .. ExperimentDescription.Columns, "convergence_iteration"];
        await foreach (var experiment in ExperimentRowReader.ReadAsync(tables, table, date, columns, FeatureRow.Reader, cancellationToken))
        {
            var first = new BatchColumns(experiment.FirstBatch, table.Name);
            var description = ExperimentDescription.Reader(first)(experiment.FirstRow);
            var convergence = first.Require(first.Ints("convergence_iteration"), "convergence_iteration", experiment.FirstRow);
            var rows = CollectionsMarshal.AsSpan(experiment.Rows);
            rows.Sort(static (a, b) => a.Step.CompareTo(b.Step));
            statistics.Compute(rows);
            Append(output.Rows, experiment.ExperimentId, description, convergence, statistics, date);
            await output.RowEndedAsync(cancellationToken);
        }
        await output.FlushAsync(cancellationToken);
        return output.Written;
    }

    private static void Append(
        TableRows rows,
        string experimentId,
        ExperimentDescription description,
        int convergenceIteration,
        RunStatistics statistics,
        DateOnly date)
    {
        rows.String(experimentId);
        description.AppendConfiguration(rows);
        description.AppendOutcome(rows);
        rows.Int(convergenceIteration);
        description.AppendTimings(rows);
        rows.Double(statistics.MeanEnergyDelta)
            .Double(statistics.StdEnergyDelta)
            .Double(statistics.MinEnergy)
            .Double(statistics.MaxEnergy)
            .Double(statistics.MaxEnergy - statistics.MinEnergy)
            .Double(statistics.MeanParamDeltaNorm)
            .Double(statistics.StdParamDeltaNorm)
            .Double(statistics.TotalParamDistance)
            .Long(statistics.NewMinima)
            .Int(statistics.LongestPlateau)
            .Double(Ratio.Of(statistics.NewMinima, description.TotalIterations))
            .Date(date)
            .Double(statistics.HeadMeanEnergy)
            .Double(statistics.HeadEnergySlope)
            .Double(statistics.TailMeanEnergy)
            .Double(Ratio.Of(description.VqeTime, description.TotalIterations))
            .EndRow();
    }
}
