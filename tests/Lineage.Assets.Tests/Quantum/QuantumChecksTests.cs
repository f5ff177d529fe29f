using Lineage.Assets.Checks;
using Lineage.Assets.Quantum;

namespace Lineage.Assets.Tests.Quantum;

public class QuantumChecksTests
{
    [Theory]
    [InlineData("raw_vqe_results", "raw_files_valid", AssetCheckSeverity.Error, false)]
    [InlineData("vqe_results", "experiments_complete", AssetCheckSeverity.Error, false)]
    [InlineData("vqe_iterations", "iteration_rows_match_steps", AssetCheckSeverity.Error, false)]
    [InlineData("vqe_iterations", "row_count_consistent", AssetCheckSeverity.Warn, false)]
    [InlineData("vqe_iterations", "cumulative_min_non_increasing", AssetCheckSeverity.Warn, false)]
    [InlineData("ml_iteration_features", "required_fields_present", AssetCheckSeverity.Warn, false)]
    [InlineData("ml_iteration_features", "fan_out_guard", AssetCheckSeverity.Error, true)]
    [InlineData("ml_iteration_features", "relative_iteration_in_range", AssetCheckSeverity.Error, false)]
    [InlineData("ml_run_summary", "one_row_per_experiment", AssetCheckSeverity.Error, true)]
    public void Table_specific_checks_are_declared(string asset, string check, AssetCheckSeverity severity, bool blocking)
    {
        var spec = QuantumSpecs.Named(asset);

        var declared = Assert.Single(spec.Checks, c => c.Name == check);
        Assert.Equal(spec.Key, declared.Asset);
        Assert.Equal(severity, declared.Severity);
        Assert.Equal(blocking, declared.Blocking);
    }

    [Fact]
    public void Every_table_checks_its_key_is_present_and_unique_and_blocks_on_failure()
    {
        foreach (var spec in QuantumSpecs.Tables)
        {
            foreach (var name in new[] { "keys_not_null", "keys_unique" })
            {
                var check = Assert.Single(spec.Checks, c => c.Name == name);
                Assert.Equal(AssetCheckSeverity.Error, check.Severity);
                Assert.True(check.Blocking, $"{spec.Key.Name}.{name} must block.");
                Assert.Contains(string.Join(", ", spec.KeyColumns), check.Description);
            }
        }
    }

    [Fact]
    public void Each_asset_declares_exactly_the_listed_checks()
    {
        var expected = new Dictionary<string, string[]>
        {
            ["raw_vqe_results"] = ["raw_files_valid"],
            ["vqe_results"] = ["keys_not_null", "keys_unique", "experiments_complete"],
            ["vqe_iterations"] =
                ["keys_not_null", "keys_unique", "iteration_rows_match_steps", "row_count_consistent", "cumulative_min_non_increasing"],
            ["ml_iteration_features"] =
                ["keys_not_null", "keys_unique", "required_fields_present", "fan_out_guard", "relative_iteration_in_range"],
            ["ml_run_summary"] = ["keys_not_null", "keys_unique", "one_row_per_experiment"],
        };

        foreach (var spec in QuantumSpecs.All)
        {
            var names = expected.GetValueOrDefault(spec.Key.Name, ["keys_not_null", "keys_unique"]);
            Assert.Equal(names, spec.Checks.Select(check => check.Name));
        }
    }

    [Fact]
    public void Check_names_are_snake_case_and_descriptions_explain_them()
    {
        foreach (var check in QuantumSpecs.All.SelectMany(spec => spec.Checks))
        {
            Assert.Matches("^[a-z]+(_[a-z0-9]+)*$", check.Name);
            Assert.True(check.Description.Length > 40, $"{check.Asset}:{check.Name} needs a real description.");
        }
    }

    [Fact]
    public void Checks_are_attached_to_the_asset_that_declares_them()
    {
        foreach (var spec in QuantumAssets.CreateSpecs(QuantumSpecs.Start))
            Assert.All(spec.Checks, check => Assert.Equal(spec.Key, check.Asset));
    }
}
