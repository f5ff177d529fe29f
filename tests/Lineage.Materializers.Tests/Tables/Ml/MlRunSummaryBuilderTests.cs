using Lineage.Assets.Quantum;
using Lineage.Materializers.Tables.Ml;
using Lineage.Materializers.Tests.Support;
using Xunit;

namespace Lineage.Materializers.Tests.Tables.Ml;

public class MlRunSummaryBuilderTests
{
    [Fact]
    public async Task The_summary_of_the_small_trajectory_matches_values_computed_by_hand()
    {
        var upstream = MlIterationFeaturesBuilderTests.SmallTrajectory();
        await upstream.BuildFeaturesAsync();

        var row = Assert.Single(await upstream.BuildSummaryAsync());

        var specColumns = QuantumTableRows.Definition(QuantumAssetKeys.MlRunSummary).ArrowSchema.FieldsList.Select(f => f.Name);
        Assert.Equal(specColumns, row.Keys);
        Assert.Equal("e1", row["experiment_id"]);
        Assert.Equal("LiH", row["molecule_name"]);
        Assert.Equal("sto3g", row["basis_set"]);
        Assert.Equal(5, row["total_iterations"]);
        Assert.Equal(4, row["convergence_iteration"]);
        Assert.Equal(12.0, row["vqe_time"]);
        Assert.Equal(MlUpstream.Date, row["processing_date"]);
        // energy_delta: -1, 0.5, -1.5, 1 (one null); parameter_delta_norm: 0.5, 1.5, 1 (two nulls).
        Expect.Close(-0.25, row["mean_energy_delta"], "mean_energy_delta");
        Expect.Close(Math.Sqrt(4.25 / 3), row["std_energy_delta"], "std_energy_delta");
        Expect.Close(-3.0, row["min_energy"], "min_energy");
        Expect.Close(-1.0, row["max_energy"], "max_energy");
        Expect.Close(2.0, row["energy_range"], "energy_range");
        Expect.Close(1.0, row["mean_param_delta_norm"], "mean_param_delta_norm");
        Expect.Close(0.5, row["std_param_delta_norm"], "std_param_delta_norm");
        Expect.Close(3.0, row["total_param_distance"], "total_param_distance");
        Assert.Equal(3L, row["num_new_minima"]);
        Assert.Equal(1, row["longest_plateau"]);
        Expect.Close(0.6, row["improvement_ratio"], "improvement_ratio");
        // Fewer than 10 rows: head and tail are the whole run; slope of (1,-1) (2,-2) (3,-1.5) (4,-3) (5,-2) = -3/10.
        Expect.Close(-1.9, row["first_10_mean_energy"], "first_10_mean_energy");
        Expect.Close(-0.3, row["first_10_energy_slope"], "first_10_energy_slope");
        Expect.Close(-1.9, row["last_10_mean_energy"], "last_10_mean_energy");
        Expect.Close(2.4, row["time_per_iteration"], "time_per_iteration");
    }

    [Fact]
    public async Task A_run_longer_than_the_head_and_tail_uses_only_its_first_and_last_rows()
    {
        var options = new MlFeatureOptions { HeadTailSize = 2 };
        var upstream = MlIterationFeaturesBuilderTests.SmallTrajectory();
        await upstream.BuildFeaturesAsync(options);

        var row = Assert.Single(await upstream.BuildSummaryAsync(options));

        Expect.Close(-1.5, row["first_10_mean_energy"], "first_10_mean_energy");
        Expect.Close(-1.0, row["first_10_energy_slope"], "first_10_energy_slope");
        Expect.Close(-2.5, row["last_10_mean_energy"], "last_10_mean_energy");
    }

    [Fact]
    public async Task A_single_iteration_has_null_slope_and_null_standard_deviations()
    {
        var upstream = new MlUpstream().Context("e1", 1).Iterations("e1", new Iteration(1, -1.1, Delta: 0.1, Norm: 0.3, Minimum: -1.1));
        await upstream.BuildFeaturesAsync();

        var row = Assert.Single(await upstream.BuildSummaryAsync());

        Assert.Null(row["first_10_energy_slope"]);
        Assert.Null(row["std_energy_delta"]);
        Assert.Null(row["std_param_delta_norm"]);
        Expect.Close(0.1, row["mean_energy_delta"], "mean_energy_delta");
        Expect.Close(-1.1, row["first_10_mean_energy"], "first_10_mean_energy");
        Expect.Close(-1.1, row["last_10_mean_energy"], "last_10_mean_energy");
        Assert.Equal(1L, row["num_new_minima"]);
        Assert.Equal(0, row["longest_plateau"]);
    }

    [Fact]
    public async Task Aggregates_over_only_nulls_are_null()
    {
        var upstream = new MlUpstream().Context("e1", 2)
            .Iterations("e1", new Iteration(1, -1.0, Minimum: -1.0), new Iteration(2, -1.0, Minimum: -1.0));
        await upstream.BuildFeaturesAsync();

        var row = Assert.Single(await upstream.BuildSummaryAsync());

        foreach (var column in new[] { "mean_energy_delta", "std_energy_delta", "mean_param_delta_norm", "std_param_delta_norm", "total_param_distance" })
            Assert.Null(row[column]);
        Assert.Equal(1L, row["num_new_minima"]);
        Assert.Equal(1, row["longest_plateau"]);
        Expect.Close(0.0, row["first_10_energy_slope"], "first_10_energy_slope");
        Expect.NoNaNOrInfinity([row]);
    }

    [Fact]
    public async Task Each_experiment_gets_one_row_and_experiments_without_features_none()
    {
        var upstream = MlIterationFeaturesBuilderTests.SmallTrajectory()
            .Context("e2", 1).Iterations("e2", new Iteration(1, -2.0, Minimum: -2.0))
            .Context("e3", 0);
        await upstream.BuildFeaturesAsync(new MlFeatureOptions { BatchRows = 2 });

        var rows = await upstream.BuildSummaryAsync(new MlFeatureOptions { BatchRows = 1 });

        Assert.Equal(["e1", "e2"], rows.Select(r => (string)r["experiment_id"]!));
    }

    [Fact]
    public async Task Features_not_clustered_by_experiment_are_rejected()
    {
        var upstream = new MlUpstream().Context("e1", 1).Context("e2", 1)
            .Iterations("e1", new Iteration(1, -1.0, Minimum: -1.0))
            .Iterations("e2", new Iteration(1, -1.0, Minimum: -1.0));
        var features = await upstream.BuildFeaturesAsync(new MlFeatureOptions { BatchRows = 1 });
        upstream.Reader.Add(QuantumAssetKeys.MlIterationFeatures, MlUpstream.Date, features.Batches[0]);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => upstream.BuildSummaryAsync());

        Assert.Contains("ml_iteration_features is not clustered by experiment", error.Message);
        Assert.Contains("e1", error.Message);
    }
}
