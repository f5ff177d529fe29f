using Lineage.Assets.Quantum;
using static Lineage.Materializers.Tests.Checks.CheckTableRows;

namespace Lineage.Materializers.Tests.Checks;

public class ExperimentsCompleteCheckTests
{
    private static Dictionary<string, object?> Of(string experiment) => Row(("experiment_id", experiment));

    [Fact]
    public async Task Passes_when_every_experiment_has_its_context_rows()
    {
        var harness = new CheckHarness()
            .Add(QuantumAssetKeys.VqeResults, Of("e1"), Of("e2"))
            .Add(QuantumAssetKeys.Molecules, Of("e2"), Of("e1"))
            .Add(QuantumAssetKeys.AnsatzInfo, Of("e1"), Of("e2"))
            .Add(QuantumAssetKeys.PerformanceMetrics, Of("e1"), Of("e2"), Of("e3"));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.VqeResults, "experiments_complete");

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(2, (int)result.Metadata["experiments"]!);
    }

    [Fact]
    public async Task Fails_listing_the_missing_experiments_per_table()
    {
        var harness = new CheckHarness()
            .Add(QuantumAssetKeys.VqeResults, Of("e1"), Of("e2"), Of("e3"))
            .Add(QuantumAssetKeys.Molecules, Of("e1"), Of("e2"), Of("e3"))
            .Add(QuantumAssetKeys.AnsatzInfo, Of("e1"))
            .Add(QuantumAssetKeys.PerformanceMetrics, Of("e1"), Of("e3"));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.VqeResults, "experiments_complete");

        Assert.False(result.Passed);
        Assert.Contains("2 missing from ansatz_info (e2; e3)", result.Summary);
        Assert.Contains("1 missing from performance_metrics (e2)", result.Summary);
        var missing = result.Metadata["missing_from"]!;
        Assert.Equal(0, (int)missing["molecules"]!["missing_experiments_count"]!);
        Assert.Equal(["e2", "e3"], missing["ansatz_info"]!["missing_experiments_examples"]!.AsArray().Select(e => (string)e!));
        Assert.Equal(["e2"], missing["performance_metrics"]!["missing_experiments_examples"]!.AsArray().Select(e => (string)e!));
    }
}
