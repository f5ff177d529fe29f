using Lineage.Assets.Quantum;
using Apache.Arrow;
using static Lineage.Materializers.Tests.Checks.CheckTableRows;

namespace Lineage.Materializers.Tests.Checks;

public class KeysNotNullCheckTests
{
    [Fact]
    public async Task Passes_when_every_key_column_has_a_value()
    {
        var harness = new CheckHarness().Add(
            QuantumAssetKeys.Molecules,
            Row(("experiment_id", "e1"), ("molecule_id", 0)),
            Row(("experiment_id", "e2"), ("molecule_id", 1)));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.Molecules, "keys_not_null");

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(2, (long)result.Metadata["rows_checked"]!);
        Assert.Equal(0, (long)result.Metadata["null_counts"]!["molecule_id"]!);
    }

    [Fact]
    public async Task Fails_naming_the_null_key_column_and_the_rows_experiment()
    {
        var batch = Batch(
            QuantumAssetKeys.Molecules,
            Row(("experiment_id", "e1"), ("molecule_id", 0)),
            Row(("experiment_id", "e2"), ("molecule_id", 1)));
        var harness = new CheckHarness();
        harness.Tables.Add(
            QuantumAssetKeys.Molecules, CheckHarness.Partition,
            WithColumn(batch, "molecule_id", new Int32Array.Builder().Append(0).AppendNull().Build()));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.Molecules, "keys_not_null");

        Assert.False(result.Passed);
        Assert.Contains("1 of 2 rows have a null in their key (experiment_id, molecule_id); null in: molecule_id", result.Summary);
        Assert.Equal(1, (long)result.Metadata["null_counts"]!["molecule_id"]!);
        Assert.Equal(0, (long)result.Metadata["null_counts"]!["experiment_id"]!);
        var example = result.Metadata["rows_with_null_key_examples"]![0]!;
        Assert.Equal("e2", (string)example["experiment_id"]!);
        Assert.Equal(1, (long)example["row"]!);
        Assert.Equal("molecule_id", (string)example["null_columns"]![0]!);
    }
}
