using Lineage.Assets.Checks;
using Lineage.Assets.Quantum;
using Lineage.Materializers.Checks;
using static Lineage.Materializers.Tests.Checks.CheckTableRows;

namespace Lineage.Materializers.Tests.Checks;

public class CheckEvaluatorsTests
{
    public static TheoryData<string> QuantumAssetNames => [.. Specs.Select(s => s.Key.ToString())];

    [Theory]
    [MemberData(nameof(QuantumAssetNames))]
    public void Every_declared_check_of_a_quantum_asset_has_an_evaluator_in_declaration_order(string asset)
    {
        var spec = Specs.Single(s => s.Key.ToString() == asset);

        var evaluators = CheckEvaluators.For(spec);

        Assert.NotEmpty(spec.Checks);
        Assert.Equal(spec.Checks.Select(c => (c.Asset, c.Name)), evaluators.Select(e => (e.Asset, e.CheckName)));
    }

    [Fact]
    public void A_declared_check_without_evaluator_throws_naming_asset_and_check()
    {
        var spec = Spec(QuantumAssetKeys.VqeResults);
        spec = spec with { Checks = [.. spec.Checks, new AssetCheckSpec("energies_sparkle", spec.Key, "Unknown.", AssetCheckSeverity.Warn, false)] };

        var error = Assert.Throws<CheckEvaluatorNotFoundException>(() => CheckEvaluators.For(spec));

        Assert.Equal(spec.Key, error.Asset);
        Assert.Equal("energies_sparkle", error.CheckName);
        Assert.Contains("'energies_sparkle' of asset quantum_features/vqe_results", error.Message);
        Assert.Contains("experiments_complete", error.Message);
    }

    [Fact]
    public async Task Results_carry_the_declared_severity_partition_and_evaluation_time_in_declaration_order()
    {
        var harness = new CheckHarness().Add(QuantumAssetKeys.MlRunSummary, Row(("experiment_id", "e1")));

        var results = await harness.EvaluateAllAsync(QuantumAssetKeys.MlRunSummary);

        var spec = Spec(QuantumAssetKeys.MlRunSummary);
        Assert.Equal(spec.Checks.Select(c => c.Name), results.Select(r => r.CheckName));
        Assert.All(results, r => Assert.Equal("2026-03-05", r.Partition));
        Assert.All(results, r => Assert.Equal(CheckHarness.Now, r.EvaluatedAt));
        Assert.Equal(spec.Checks.Select(c => (c.Severity, c.Blocking)), results.Select(r => (r.Severity, r.Blocking)));
        var unexpected = results.Single(r => r.CheckName == "one_row_per_experiment");
        Assert.False(unexpected.Passed);
        Assert.True(unexpected.BlocksDownstream);
    }

    [Fact]
    public async Task A_check_that_throws_fails_saying_why_and_the_other_checks_still_run()
    {
        var harness = new CheckHarness()
            .Add(QuantumAssetKeys.VqeResults, Row(("experiment_id", "e1")))
            .Add(QuantumAssetKeys.Molecules, Row(("experiment_id", "e1")));
        var tables = new FailingPartitionReader(harness.Tables, QuantumAssetKeys.Molecules);

        var results = await CheckEvaluators.EvaluateAsync(
            Spec(QuantumAssetKeys.VqeResults), new CheckContext(CheckHarness.Partition, tables, harness.Facts), TimeProvider.System,
            CancellationToken.None);

        Assert.Equal(["keys_not_null", "keys_unique", "experiments_complete"], results.Select(r => r.CheckName));
        Assert.True(results[0].Passed, results[0].Summary);
        Assert.True(results[1].Passed, results[1].Summary);
        var broken = results[2];
        Assert.False(broken.Passed);
        Assert.Equal("The check could not be evaluated: data file of molecules is unreadable", broken.Summary);
        Assert.Equal("IOException", (string)broken.Metadata["error_type"]!);
    }

    [Fact]
    public async Task Cancellation_is_not_turned_into_a_failed_result()
    {
        var harness = new CheckHarness().Add(QuantumAssetKeys.VqeResults, Row(("experiment_id", "e1")));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CheckEvaluators.EvaluateAsync(
            Spec(QuantumAssetKeys.VqeResults), new CheckContext(CheckHarness.Partition, harness.Tables, harness.Facts),
            TimeProvider.System, cancelled.Token));
    }
}
