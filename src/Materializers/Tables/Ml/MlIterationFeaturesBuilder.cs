using System.Runtime.InteropServices;
using Apache.Arrow;
using Lineage.Assets.Quantum;
using Lineage.Materializers.Checks;

namespace Lineage.Materializers.Tables.Ml;

/// <summary>
/// Builds partition D of ml_iteration_features: the iterations of vqe_iterations left-joined on experiment_id to
/// vqe_results, ansatz_info, molecules and performance_metrics, with the trajectory features computed per
/// experiment in iteration_step order. Iterations stream experiment by experiment; the context tables are held.
/// </summary>
public sealed class MlIterationFeaturesBuilder
{
    private readonly MlFeatureOptions _options;

    public MlIterationFeaturesBuilder(MlFeatureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>
    /// Writes the partition's rows to <paramref name="sink"/> in batches of about <see cref="MlFeatureOptions.BatchRows"/>
    /// and returns how many. Joined rows lacking a required context column are dropped and recorded in
    /// <paramref name="facts"/>.
    /// </summary>
    public async Task<long> BuildAsync(
        IPartitionReader tables,
        DateOnly date,
        MaterializationFacts facts,
        Func<RecordBatch, CancellationToken, Task> sink,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(sink);
        var contexts = await ExperimentContexts.LoadAsync(tables, date, cancellationToken);
        var output = new BatchedRows(MlTableDefinitions.NewRows(MlTableDefinitions.IterationFeatures), _options.BatchRows, sink);
        var trajectory = new IterationTrajectory(_options.MovingWindow);
        var joined = new List<ExperimentDescription>();
        var experiments = ExperimentRowReader.ReadAsync(
            tables, QuantumAssetKeys.VqeIterations, date, IterationRow.Columns, ReadIteration, cancellationToken);
        await foreach (var experiment in experiments)
        {
            var rows = CollectionsMarshal.AsSpan(experiment.Rows);
            SortByStep(rows);
            trajectory.Compute(rows);
            contexts.Join(experiment.ExperimentId, joined);
            foreach (var description in joined)
            {
                var missing = description.NullRequiredColumns();
                if (missing.Count > 0)
                {
                    foreach (var row in experiment.Rows)
                        facts.DroppedMlRows.Add(new DroppedMlRow(experiment.ExperimentId, row.Step, missing));
                    continue;
                }
                for (var i = 0; i < experiment.Rows.Count; i++)
                {
                    Append(output.Rows, experiment.ExperimentId, experiment.Rows[i], i, trajectory, description, date);
                    await output.RowEndedAsync(cancellationToken);
                }
            }
        }
        await output.FlushAsync(cancellationToken);
        return output.Written;
    }

    private static Func<int, IterationRow> ReadIteration(BatchColumns columns)
    {
        var step = columns.Ints("iteration_step");
        var energy = columns.Doubles("iteration_energy");
        var std = columns.Doubles("energy_std_dev");
        var delta = columns.Doubles("energy_delta");
        var norm = columns.Doubles("parameter_delta_norm");
        var minimum = columns.Doubles("cumulative_min_energy");
        return row => new IterationRow(
            columns.Require(step, "iteration_step", row),
            columns.Require(energy, "iteration_energy", row),
            columns.Require(std, "energy_std_dev", row),
            BatchColumns.Value(delta, row),
            BatchColumns.Value(norm, row),
            BatchColumns.Value(minimum, row));
    }

    private static void SortByStep(Span<IterationRow> rows)
    {
        for (var i = 1; i < rows.Length; i++)
        {
            if (rows[i].Step < rows[i - 1].Step)
            {
                rows.Sort(static (a, b) => a.Step.CompareTo(b.Step));
                return;
            }
        }
    }

    private static void Append(
        TableRows rows,
        string experimentId,
        in IterationRow row,
        int index,
        IterationTrajectory trajectory,
        ExperimentDescription description,
        DateOnly date)
    {
        var relative = Ratio.Of(row.Step, description.TotalIterations)
            ?? throw new InvalidDataException(
                $"experiment {experimentId} has iterations but vqe_results gives total_iterations {description.TotalIterations}; " +
                "rematerialize the base tables of the partition");
        rows.String(experimentId).Int(row.Step);
        description.AppendConfiguration(rows);
        rows.Double(row.Energy).Double(row.EnergyStd).Double(row.EnergyDelta).Double(row.ParameterDeltaNorm)
            .Double(row.CumulativeMinEnergy)
            .Double(relative)
            .Double(trajectory.ImprovementRate(row))
            .Double(IterationTrajectory.NormalizedEnergy(row))
            .Boolean(trajectory.IsNewMinimum(index))
            .Int(trajectory.StepsSinceImprovement(index))
            .Double(trajectory.MovingAverage(index))
            .Double(trajectory.MovingStd(index))
            .Double(trajectory.MeanParamChange(index));
        description.AppendOutcome(rows);
        rows.Int(trajectory.ConvergenceIteration);
        description.AppendTimings(rows);
        rows.Date(date).EndRow();
    }
}
