using Lineage.Assets.Quantum;
using Lineage.Materializers.Checks;
using static Lineage.Materializers.Tests.Checks.CheckTableRows;

namespace Lineage.Materializers.Tests.Checks;

public class KeysUniqueCheckTests
{
    private static Dictionary<string, object?> Iteration(string experiment, int step, string? id = null) =>
        Row(("experiment_id", experiment), ("iteration_step", step), ("iteration_id", id ?? $"{experiment}_iter_{step}"));

    [Fact]
    public async Task Superseded_files_are_reported_but_do_not_fail_a_base_table()
    {
        var harness = new CheckHarness().Add(QuantumAssetKeys.VqeIterations, Iteration("e1", 1), Iteration("e1", 2), Iteration("e2", 1));
        harness.Facts.SupersededFiles.Add(new SupersededFile("3-300.json", "e1", "5-500.json"));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.VqeIterations, "keys_unique");

        Assert.True(result.Passed, result.Summary);
        Assert.Contains("All 3 keys (iteration_id) are unique", result.Summary);
        Assert.Contains("1 raw files were superseded", result.Summary);
        var superseded = result.Metadata["superseded_files"]![0]!;
        Assert.Equal("3-300.json", (string)superseded["file"]!);
        Assert.Equal("e1", (string)superseded["experiment_id"]!);
        Assert.Equal("5-500.json", (string)superseded["superseded_by"]!);
    }

    [Fact]
    public async Task Fails_naming_a_key_repeated_within_an_experiment()
    {
        var harness = new CheckHarness().Add(
            QuantumAssetKeys.VqeIterations, Iteration("e1", 1), Iteration("e1", 2, "e1_iter_1"), Iteration("e2", 1));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.VqeIterations, "keys_unique");

        Assert.False(result.Passed);
        Assert.Contains("1 rows repeat a key (iteration_id)", result.Summary);
        Assert.Equal(1, (int)result.Metadata["duplicate_keys_count"]!);
        Assert.Equal("e1_iter_1", (string)result.Metadata["duplicate_keys_examples"]![0]!["iteration_id"]!);
        Assert.Equal(0, (int)result.Metadata["superseded_files_count"]!);
    }

    [Fact]
    public async Task An_experiment_whose_rows_reappear_later_is_a_failure_naming_it()
    {
        var harness = new CheckHarness()
            .Add(QuantumAssetKeys.VqeIterations, Iteration("e1", 1), Iteration("e2", 1))
            .Add(QuantumAssetKeys.VqeIterations, Iteration("e2", 2), Iteration("e1", 2));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.VqeIterations, "keys_unique");

        Assert.False(result.Passed);
        Assert.Equal(0, (int)result.Metadata["duplicate_keys_count"]!);
        Assert.Equal(1, (int)result.Metadata["non_contiguous_experiments_count"]!);
        Assert.Equal("e1", (string)result.Metadata["non_contiguous_experiments_examples"]![0]!);
        Assert.Contains("1 experiments have rows in more than one place of the partition", result.Summary);
    }

    [Fact]
    public async Task Ml_tables_check_their_composite_key_and_list_no_superseded_files()
    {
        var rows = new[] { Row(("experiment_id", "e1"), ("iteration_step", 1)), Row(("experiment_id", "e1"), ("iteration_step", 1)) };
        var harness = new CheckHarness().Add(QuantumAssetKeys.MlIterationFeatures, rows);
        harness.Facts.SupersededFiles.Add(new SupersededFile("3-300.json", "e1", "5-500.json"));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.MlIterationFeatures, "keys_unique");

        Assert.False(result.Passed);
        var duplicate = result.Metadata["duplicate_keys_examples"]![0]!;
        Assert.Equal("e1", (string)duplicate["experiment_id"]!);
        Assert.Equal(1, (long)duplicate["iteration_step"]!);
        Assert.Null(result.Metadata["superseded_files"]);
    }

    [Fact]
    public async Task Same_step_in_different_experiments_is_not_a_duplicate_for_ml_features()
    {
        var harness = new CheckHarness().Add(
            QuantumAssetKeys.MlIterationFeatures,
            Row(("experiment_id", "e1"), ("iteration_step", 1)),
            Row(("experiment_id", "e2"), ("iteration_step", 1)));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.MlIterationFeatures, "keys_unique");

        Assert.True(result.Passed, result.Summary);
    }
}
