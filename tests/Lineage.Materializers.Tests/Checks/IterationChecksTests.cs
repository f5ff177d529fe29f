using Lineage.Assets.Quantum;
using static Lineage.Materializers.Tests.Checks.CheckTableRows;

namespace Lineage.Materializers.Tests.Checks;

public class IterationChecksTests
{
    private static Dictionary<string, object?> Iteration(string experiment, int step, double? cumulativeMin = -1.0) =>
        Row(("experiment_id", experiment), ("iteration_step", step), ("iteration_id", $"{experiment}_iter_{step}"),
            ("cumulative_min_energy", cumulativeMin));

    [Fact]
    public async Task Rows_matching_the_distinct_steps_of_each_experiment_pass()
    {
        var harness = new CheckHarness().Add(QuantumAssetKeys.VqeIterations, Iteration("e1", 1), Iteration("e1", 2), Iteration("e2", 1));
        harness.Facts.DistinctIterationSteps["e1"] = 2;
        harness.Facts.DistinctIterationSteps["e2"] = 1;

        var result = await harness.EvaluateAsync(QuantumAssetKeys.VqeIterations, "iteration_rows_match_steps");

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(3, (long)result.Metadata["rows"]!);
        Assert.Equal(3, (long)result.Metadata["distinct_steps_total"]!);
    }

    [Fact]
    public async Task Rows_differing_from_the_distinct_steps_fail_naming_the_experiments()
    {
        var harness = new CheckHarness().Add(QuantumAssetKeys.VqeIterations, Iteration("e1", 1), Iteration("e1", 2), Iteration("e3", 1));
        harness.Facts.DistinctIterationSteps["e1"] = 3;
        harness.Facts.DistinctIterationSteps["e2"] = 1;

        var result = await harness.EvaluateAsync(QuantumAssetKeys.VqeIterations, "iteration_rows_match_steps");

        Assert.False(result.Passed);
        Assert.Contains("3 rows but the raw records hold 4 distinct iteration steps", result.Summary);
        Assert.Contains("e1 has 2 rows for 3 steps", result.Summary);
        var examples = result.Metadata["mismatched_experiments_examples"]!.AsArray();
        Assert.Equal(["e1", "e2", "e3"], examples.Select(e => (string)e!["experiment_id"]!));
        Assert.Equal(0, (long)examples[1]!["rows"]!);
        Assert.Null(examples[2]!["distinct_steps"]);
    }

    [Fact]
    public async Task At_least_as_many_iteration_rows_as_results_is_consistent()
    {
        var harness = new CheckHarness()
            .Add(QuantumAssetKeys.VqeIterations, Iteration("e1", 1), Iteration("e1", 2))
            .Add(QuantumAssetKeys.VqeResults, Row(("experiment_id", "e1")), Row(("experiment_id", "e2")));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.VqeIterations, "row_count_consistent");

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(1, (int)result.Metadata["experiments_without_iterations_count"]!);
    }

    [Fact]
    public async Task Fewer_iteration_rows_than_results_fail_naming_experiments_without_iterations()
    {
        var harness = new CheckHarness()
            .Add(QuantumAssetKeys.VqeIterations, Iteration("e1", 1))
            .Add(QuantumAssetKeys.VqeResults, Row(("experiment_id", "e1")), Row(("experiment_id", "e2")));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.VqeIterations, "row_count_consistent");

        Assert.False(result.Passed);
        Assert.Contains("1 rows, fewer than the 2 rows of vqe_results", result.Summary);
        Assert.Equal(1, (long)result.Metadata["iteration_rows"]!);
        Assert.Equal(2, (long)result.Metadata["vqe_results_rows"]!);
        Assert.Equal("e2", (string)result.Metadata["experiments_without_iterations_examples"]![0]!);
    }

    [Fact]
    public async Task Cumulative_minimum_is_checked_in_step_order_skipping_nulls()
    {
        var harness = new CheckHarness().Add(
            QuantumAssetKeys.VqeIterations,
            Iteration("e1", 3, -1.5), Iteration("e1", 1, -1.0), Iteration("e1", 2, null), Iteration("e1", 4, -1.5),
            Iteration("e2", 1, -0.5));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.VqeIterations, "cumulative_min_non_increasing");

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(2, (int)result.Metadata["experiments_checked"]!);
    }

    [Fact]
    public async Task A_rising_cumulative_minimum_fails_naming_experiment_and_step()
    {
        var harness = new CheckHarness()
            .Add(QuantumAssetKeys.VqeIterations, Iteration("e1", 1, -1.0), Iteration("e1", 2, -2.0))
            .Add(QuantumAssetKeys.VqeIterations, Iteration("e1", 4, -1.9), Iteration("e1", 3, null), Iteration("e2", 1, -3.0));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.VqeIterations, "cumulative_min_non_increasing");

        Assert.False(result.Passed);
        Assert.Contains("e1 at step 4", result.Summary);
        var rise = result.Metadata["rises_examples"]![0]!;
        Assert.Equal("e1", (string)rise["experiment_id"]!);
        Assert.Equal(4, (int)rise["iteration_step"]!);
        Assert.Equal(2, (int)rise["previous_step"]!);
        Assert.Equal(-1.9, (double)rise["cumulative_min_energy"]!);
        Assert.Equal(1, (int)result.Metadata["rises_count"]!);
    }
}
