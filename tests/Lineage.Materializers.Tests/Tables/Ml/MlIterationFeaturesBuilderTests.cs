using System.Globalization;
using Lineage.Assets.Quantum;
using Lineage.Materializers.Tables.Ml;
using Lineage.Materializers.Tests.Support;
using Xunit;

namespace Lineage.Materializers.Tests.Tables.Ml;

public class MlIterationFeaturesBuilderTests
{
    // Steps 1..5 (given out of order), window 3. Minima: -1, -2, -2, -3, -3.
    internal static MlUpstream SmallTrajectory() => new MlUpstream()
        .Context("e1", totalIterations: 5)
        .Iterations("e1",
            new Iteration(2, -2.0, Delta: -1.0, Norm: 0.5, Minimum: -2.0),
            new Iteration(1, -1.0, Minimum: -1.0),
            new Iteration(3, -1.5, Delta: 0.5, Minimum: -2.0),
            new Iteration(4, -3.0, Delta: -1.5, Norm: 1.5, Minimum: -3.0),
            new Iteration(5, -2.0, Delta: 1.0, Norm: 1.0, Minimum: -3.0));

    [Fact]
    public async Task Every_feature_of_a_small_trajectory_matches_values_computed_by_hand()
    {
        var output = await SmallTrajectory().BuildFeaturesAsync(new MlFeatureOptions { MovingWindow = 3 });
        var rows = output.Rows;

        Assert.Equal(5, output.Written);
        Assert.Equal([1, 2, 3, 4, 5], rows.Select(r => (int)r["iteration_step"]!));
        Assert.Equal([true, true, false, true, false], rows.Select(r => (bool)r["is_new_minimum"]!));
        Assert.Equal([0, 0, 1, 0, 1], rows.Select(r => (int)r["steps_since_improvement"]!));
        Assert.All(rows, r => Assert.Equal(4, r["convergence_iteration"]));
        Expect.Column(rows, "energy", -1.0, -2.0, -1.5, -3.0, -2.0);
        Expect.Column(rows, "relative_iteration", 0.2, 0.4, 0.6, 0.8, 1.0);
        Expect.Column(rows, "energy_improvement_rate", 0.0, 0.5, 1.0 / 3, 0.5, 0.4);
        Expect.Column(rows, "normalized_energy", 0.0, 0.0, 0.25, 0.0, 1.0 / 3);
        Expect.Column(rows, "energy_moving_avg_5", -1.0, -1.5, -1.5, -6.5 / 3, -6.5 / 3);
        Expect.Column(rows, "energy_moving_std_5", null, Math.Sqrt(0.5), 0.5, Math.Sqrt(7.0 / 12), Math.Sqrt(7.0 / 12));
        Expect.Column(rows, "mean_param_change", null, 0.25, 0.5 / 3, 0.5, 0.6);
        Expect.Column(rows, "energy_delta", null, -1.0, 0.5, -1.5, 1.0);
    }

    [Fact]
    public async Task Context_columns_come_from_the_joined_tables_in_the_spec_column_order()
    {
        var output = await SmallTrajectory().BuildFeaturesAsync();
        var row = output.Rows[0];

        var specColumns = QuantumTableRows.Definition(QuantumAssetKeys.MlIterationFeatures).ArrowSchema.FieldsList.Select(f => f.Name);
        Assert.Equal(specColumns, row.Keys);
        Assert.Equal("e1", row["experiment_id"]);
        Assert.Equal("LiH", row["molecule_name"]);
        Assert.Equal(2, row["num_atoms"]);
        Assert.Equal(4, row["num_qubits"]);
        Assert.Equal(0, row["charge"]);
        Assert.Equal(1, row["multiplicity"]);
        Assert.Equal("sto3g", row["basis_set"]);
        Assert.Equal("COBYLA", row["optimizer"]);
        Assert.Equal("EfficientSU2", row["ansatz_type"]);
        Assert.Equal(2, row["ansatz_reps"]);
        Assert.Equal("random", row["init_strategy"]);
        Assert.Equal(7, row["seed"]);
        Assert.Null(row["default_shots"]);
        Assert.Equal(0.01, row["energy_std"]);
        Assert.Equal(5, row["total_iterations"]);
        Assert.Equal(-7.5, row["final_energy"]);
        Assert.Equal(true, row["converged"]);
        Assert.Equal(12.0, row["vqe_time"]);
        Assert.Equal(17.0, row["total_time"]);
        Assert.Equal(MlUpstream.Date, row["processing_date"]);
    }

    [Fact]
    public async Task A_single_iteration_has_a_null_moving_std()
    {
        var output = await new MlUpstream().Context("e1", 1).Iterations("e1", new Iteration(1, -1.1, Minimum: -1.1)).BuildFeaturesAsync();

        var row = Assert.Single(output.Rows);
        Assert.Null(row["energy_moving_std_5"]);
        Assert.Equal(-1.1, row["energy_moving_avg_5"]);
        Assert.Equal(true, row["is_new_minimum"]);
        Assert.Equal(1, row["convergence_iteration"]);
    }

    [Fact]
    public async Task A_cumulative_minimum_of_zero_gives_normalized_energy_zero_and_step_zero_gives_null_rates()
    {
        var output = await new MlUpstream().Context("e1", 2)
            .Iterations("e1", new Iteration(0, 0.5, Norm: 0.2, Minimum: 0.5), new Iteration(1, 0.0, Norm: 0.4, Minimum: 0.0))
            .BuildFeaturesAsync();

        Expect.Column(output.Rows, "normalized_energy", 0.0, 0.0);
        Expect.Column(output.Rows, "energy_improvement_rate", null, 0.5);
        Expect.Column(output.Rows, "mean_param_change", null, 0.6);
        Expect.Column(output.Rows, "relative_iteration", 0.0, 0.5);
        Expect.NoNaNOrInfinity(output.Rows);
    }

    [Fact]
    public async Task All_null_parameter_delta_norms_give_a_null_mean_param_change()
    {
        var output = await new MlUpstream().Context("e1", 3)
            .Iterations("e1", new Iteration(1, -1.0, Minimum: -1.0), new Iteration(2, -1.2, Minimum: -1.2), new Iteration(3, -1.1, Minimum: -1.2))
            .BuildFeaturesAsync();

        Expect.Column(output.Rows, "mean_param_change", null, null, null);
        Expect.NoNaNOrInfinity(output.Rows);
    }

    [Fact]
    public async Task A_null_cumulative_minimum_is_no_new_minimum_and_makes_the_next_row_one()
    {
        var output = await new MlUpstream().Context("e1", 4)
            .Iterations("e1",
                new Iteration(1, -1.0, Minimum: -1.0),
                new Iteration(2, -0.4, Minimum: null),
                new Iteration(3, -0.5, Minimum: -0.5),
                new Iteration(4, -2.0, Minimum: -2.0))
            .BuildFeaturesAsync();

        Assert.Equal([true, false, true, true], output.Rows.Select(r => (bool)r["is_new_minimum"]!));
        Assert.Equal([0, 1, 0, 0], output.Rows.Select(r => (int)r["steps_since_improvement"]!));
        Expect.Column(output.Rows, "normalized_energy", 0.0, 0.0, 0.0, 0.0);
        Expect.Column(output.Rows, "energy_improvement_rate", 0.0, null, -0.5 / 3, 0.25);
        Assert.All(output.Rows, r => Assert.Equal(4, r["convergence_iteration"]));
    }

    [Fact]
    public async Task Duplicate_context_rows_fan_out_every_iteration()
    {
        var output = await new MlUpstream().Context("e1", 2).Molecule("e1")
            .Iterations("e1", new Iteration(1, -1.0, Minimum: -1.0), new Iteration(2, -1.5, Minimum: -1.5))
            .BuildFeaturesAsync();

        Assert.Equal(4, output.Written);
        Assert.Equal([1, 2, 1, 2], output.Rows.Select(r => (int)r["iteration_step"]!));
        Assert.Equal([true, true, true, true], output.Rows.Select(r => (bool)r["is_new_minimum"]!));
    }

    [Fact]
    public async Task Rows_missing_a_required_context_column_are_dropped_and_recorded()
    {
        var output = await new MlUpstream()
            .Results("e1", 2).Ansatz("e1").Timing("e1", 3.0)
            .Context("e2", 1)
            .Iterations("e1", new Iteration(1, -1.0, Minimum: -1.0), new Iteration(2, -1.5, Minimum: -1.5))
            .Iterations("e2", new Iteration(1, -2.0, Minimum: -2.0))
            .BuildFeaturesAsync();

        var row = Assert.Single(output.Rows);
        Assert.Equal("e2", row["experiment_id"]);
        Assert.Equal(1, output.Written);
        Assert.Equal([("e1", 1), ("e1", 2)], output.Facts.DroppedMlRows.Select(d => (d.ExperimentId, d.IterationStep)));
        Assert.All(output.Facts.DroppedMlRows, d => Assert.Equal(["molecule_name"], d.NullColumns));
    }

    [Fact]
    public async Task A_missing_performance_row_drops_the_rows_naming_the_timings()
    {
        var output = await new MlUpstream().Results("e1", 1).Ansatz("e1").Molecule("e1")
            .Iterations("e1", new Iteration(1, -1.0, Minimum: -1.0))
            .BuildFeaturesAsync();

        Assert.Empty(output.Rows);
        Assert.Equal(["vqe_time", "total_time"], Assert.Single(output.Facts.DroppedMlRows).NullColumns);
    }

    [Fact]
    public async Task Iterations_not_clustered_by_experiment_are_rejected_naming_table_partition_and_experiment()
    {
        var upstream = new MlUpstream().Context("e1", 2).Context("e2", 1)
            .Iterations("e1", new Iteration(1, -1.0, Minimum: -1.0))
            .Iterations("e2", new Iteration(1, -1.0, Minimum: -1.0))
            .Iterations("e1", new Iteration(2, -1.5, Minimum: -1.5));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => upstream.BuildFeaturesAsync());

        Assert.Contains("not clustered by experiment", error.Message);
        Assert.Contains("vqe_iterations", error.Message);
        Assert.Contains("2026-03-04", error.Message);
        Assert.Contains("e1", error.Message);
    }

    [Fact]
    public async Task An_experiment_split_over_consecutive_batches_stays_one_experiment()
    {
        var output = await new MlUpstream().Context("e1", 2)
            .Iterations("e1", new Iteration(1, -1.0, Minimum: -1.0))
            .Iterations("e1", new Iteration(2, -3.0, Minimum: -3.0))
            .BuildFeaturesAsync();

        Expect.Column(output.Rows, "energy_moving_avg_5", -1.0, -2.0);
        Expect.Column(output.Rows, "energy_improvement_rate", 0.0, 1.0);
    }

    [Fact]
    public async Task The_moving_window_size_is_configurable()
    {
        MlUpstream Upstream() => new MlUpstream().Context("e1", 6).Iterations("e1",
            [.. new[] { 6.0, 1.0, 2.0, 3.0, 4.0, 5.0 }.Select((energy, i) => new Iteration(i + 1, energy, Minimum: -10.0))]);

        var byDefault = await Upstream().BuildFeaturesAsync();
        var window2 = await Upstream().BuildFeaturesAsync(new MlFeatureOptions { MovingWindow = 2 });

        // Window 5 at step 6 holds steps 2..6 (1..5), no longer the 6.0 of step 1.
        Expect.Column(byDefault.Rows, "energy_moving_avg_5", 6.0, 3.5, 3.0, 3.0, 3.2, 3.0);
        Expect.Close(Math.Sqrt(2.5), byDefault.Rows[5]["energy_moving_std_5"], "std at step 6");
        Expect.Column(window2.Rows, "energy_moving_avg_5", 6.0, 3.5, 1.5, 2.5, 3.5, 4.5);
        Expect.Close(Math.Sqrt(0.5), window2.Rows[5]["energy_moving_std_5"], "std at step 6, window 2");
    }

    [Fact]
    public async Task The_moving_std_stays_accurate_for_large_energies_with_small_noise()
    {
        var random = new Random(42);
        var energies = Enumerable.Range(0, 40).Select(_ => 1e9 + random.NextDouble() * 1e-3).ToArray();
        var output = await new MlUpstream().Context("e1", energies.Length)
            .Iterations("e1", [.. energies.Select((energy, i) => new Iteration(i + 1, energy, Minimum: 1e9))])
            .BuildFeaturesAsync();

        for (var i = 1; i < energies.Length; i++)
        {
            var expected = DecimalSampleStd(energies.AsSpan(Math.Max(0, i - 4), Math.Min(i + 1, 5)));
            var actual = (double)output.Rows[i]["energy_moving_std_5"]!;
            Assert.True(Math.Abs(actual - expected) <= 1e-9 * expected, $"row {i}: {actual} vs {expected}");
        }
    }

    [Fact]
    public async Task Full_batches_go_to_the_sink_as_they_fill_and_the_rest_at_the_end()
    {
        var output = await SmallTrajectory().BuildFeaturesAsync(new MlFeatureOptions { BatchRows = 2 });

        Assert.Equal([2, 2, 1], output.Batches.Select(b => b.Length));
        Assert.Equal(5, output.Written);
    }

    [Fact]
    public async Task An_experiment_without_iterations_has_no_rows()
    {
        var output = await new MlUpstream().Context("e1", 0).BuildFeaturesAsync();

        Assert.Empty(output.Batches);
        Assert.Equal(0, output.Written);
        Assert.Empty(output.Facts.DroppedMlRows);
    }

    // Two-pass sample standard deviation in decimal arithmetic, independent of the double-based code under test.
    // The variance does not change under a shift; subtracting 1e9 is exact for these doubles (Sterbenz), and the small
    // remainders convert to decimal without the loss a 1e9-sized double would suffer.
    private static double DecimalSampleStd(ReadOnlySpan<double> values)
    {
        var exact = new decimal[values.Length];
        for (var i = 0; i < values.Length; i++)
            exact[i] = decimal.Parse((values[i] - 1e9).ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        var mean = exact.Sum() / exact.Length;
        decimal squares = 0;
        foreach (var value in exact)
            squares += (value - mean) * (value - mean);
        return Math.Sqrt((double)(squares / (values.Length - 1)));
    }
}
