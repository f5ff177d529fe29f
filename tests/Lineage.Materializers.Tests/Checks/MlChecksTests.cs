using Lineage.Assets.Quantum;
using Apache.Arrow;
using Lineage.Materializers.Checks;
using static Lineage.Materializers.Tests.Checks.CheckTableRows;

namespace Lineage.Materializers.Tests.Checks;

public class MlChecksTests
{
    private static Dictionary<string, object?> Feature(string experiment, int step, double relative = 0.5) =>
        Row(("experiment_id", experiment), ("iteration_step", step), ("relative_iteration", relative));

    private static Dictionary<string, object?> Iteration(string experiment, int step) =>
        Row(("experiment_id", experiment), ("iteration_step", step), ("iteration_id", $"{experiment}_iter_{step}"));

    [Fact]
    public async Task No_dropped_rows_means_required_fields_present()
    {
        var result = await new CheckHarness().EvaluateAsync(QuantumAssetKeys.MlIterationFeatures, "required_fields_present");

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(0, (int)result.Metadata["dropped_rows_count"]!);
    }

    [Fact]
    public async Task Dropped_rows_warn_with_their_null_columns()
    {
        var harness = new CheckHarness();
        harness.Facts.DroppedMlRows.Add(new DroppedMlRow("e7", 1, ["molecule_name", "num_qubits"]));
        harness.Facts.DroppedMlRows.Add(new DroppedMlRow("e7", 2, ["molecule_name"]));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.MlIterationFeatures, "required_fields_present");

        Assert.False(result.Passed);
        Assert.Equal(Lineage.Assets.Checks.AssetCheckSeverity.Warn, result.Severity);
        Assert.Contains("2 joined rows of 1 experiments were dropped for null molecule_name, num_qubits", result.Summary);
        Assert.Equal(2, (int)result.Metadata["dropped_rows_count"]!);
        Assert.Equal(2, (int)result.Metadata["null_counts"]!["molecule_name"]!);
        var example = result.Metadata["dropped_rows_examples"]![0]!;
        Assert.Equal("e7", (string)example["experiment_id"]!);
        Assert.Equal(["molecule_name", "num_qubits"], example["null_columns"]!.AsArray().Select(c => (string)c!));
    }

    [Fact]
    public async Task Feature_rows_within_the_iteration_rows_pass_the_fan_out_guard()
    {
        var harness = new CheckHarness()
            .Add(QuantumAssetKeys.MlIterationFeatures, Feature("e1", 1), Feature("e1", 2))
            .Add(QuantumAssetKeys.VqeIterations, Iteration("e1", 1), Iteration("e1", 2), Iteration("e2", 1));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.MlIterationFeatures, "fan_out_guard");

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(2, (long)result.Metadata["iteration_rows_of_same_experiments"]!);
    }

    [Fact]
    public async Task More_feature_rows_than_iteration_rows_fail_naming_the_experiment()
    {
        var harness = new CheckHarness()
            .Add(QuantumAssetKeys.MlIterationFeatures, Feature("e1", 1), Feature("e1", 1), Feature("e1", 2), Feature("e2", 1))
            .Add(QuantumAssetKeys.VqeIterations, Iteration("e1", 1), Iteration("e1", 2), Iteration("e2", 1), Iteration("e3", 1));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.MlIterationFeatures, "fan_out_guard");

        Assert.False(result.Passed);
        Assert.Equal(1, (int)result.Metadata["fanned_out_experiments_count"]!);
        Assert.Contains("e1 3 > 2", result.Summary);
        var offender = result.Metadata["fanned_out_experiments_examples"]![0]!;
        Assert.Equal("e1", (string)offender["experiment_id"]!);
        Assert.Equal(3, (long)offender["ml_rows"]!);
        Assert.Equal(2, (long)offender["iteration_rows"]!);
    }

    [Fact]
    public async Task Relative_iterations_in_the_half_open_unit_interval_pass()
    {
        var harness = new CheckHarness().Add(QuantumAssetKeys.MlIterationFeatures, Feature("e1", 1, 0.5), Feature("e1", 2, 1.0));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.MlIterationFeatures, "relative_iteration_in_range");

        Assert.True(result.Passed, result.Summary);
        Assert.Contains("a null counts as out of range", result.Summary);
    }

    [Fact]
    public async Task Zero_above_one_and_null_relative_iterations_fail()
    {
        var batch = Batch(
            QuantumAssetKeys.MlIterationFeatures,
            Feature("e1", 0, 0.0), Feature("e1", 1, 0.5), Feature("e1", 3, 1.5), Feature("e1", 4, 0.5));
        var harness = new CheckHarness();
        harness.Tables.Add(
            QuantumAssetKeys.MlIterationFeatures, CheckHarness.Partition,
            WithColumn(batch, "relative_iteration", new DoubleArray.Builder().Append(0.0).Append(0.5).Append(1.5).AppendNull().Build()));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.MlIterationFeatures, "relative_iteration_in_range");

        Assert.False(result.Passed);
        Assert.Contains("3 of 4 rows have relative_iteration outside (0, 1], 1 of them null (a null counts as out of range)", result.Summary);
        var examples = result.Metadata["out_of_range_examples"]!.AsArray();
        Assert.Equal([0, 3, 4], examples.Select(e => (int)e!["iteration_step"]!));
        Assert.Equal(1.5, (double)examples[1]!["relative_iteration"]!);
        Assert.Null(examples[2]!["relative_iteration"]);
        Assert.Equal(1, (long)result.Metadata["null_values"]!);
    }

    [Fact]
    public async Task One_summary_row_per_feature_experiment_passes()
    {
        var harness = new CheckHarness()
            .Add(QuantumAssetKeys.MlIterationFeatures, Feature("e1", 1), Feature("e1", 2), Feature("e2", 1))
            .Add(QuantumAssetKeys.MlRunSummary, Row(("experiment_id", "e2")), Row(("experiment_id", "e1")));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.MlRunSummary, "one_row_per_experiment");

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(2, (int)result.Metadata["feature_experiments"]!);
    }

    [Fact]
    public async Task Missing_repeated_and_unexpected_summary_rows_fail()
    {
        var harness = new CheckHarness()
            .Add(QuantumAssetKeys.MlIterationFeatures, Feature("e1", 1), Feature("e2", 1), Feature("e3", 1))
            .Add(QuantumAssetKeys.MlRunSummary, Row(("experiment_id", "e1")), Row(("experiment_id", "e1")), Row(("experiment_id", "e2")),
                Row(("experiment_id", "e9")));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.MlRunSummary, "one_row_per_experiment");

        Assert.False(result.Passed);
        Assert.Contains("1 experiments of ml_iteration_features have no summary row (e3)", result.Summary);
        Assert.Contains("1 experiments have several summary rows (e1 × 2)", result.Summary);
        Assert.Contains("1 summary rows belong to experiments absent from ml_iteration_features (e9)", result.Summary);
        Assert.Equal("e3", (string)result.Metadata["missing_experiments_examples"]![0]!);
        Assert.Equal(2, (long)result.Metadata["repeated_experiments_examples"]![0]!["rows"]!);
        Assert.Equal("e9", (string)result.Metadata["unexpected_experiments_examples"]![0]!);
    }
}
