using Lineage.Assets.Checks;
using Lineage.Assets.Quantum;

namespace Lineage.Assets.Tests.Checks;

public sealed class CheckOverridesTests
{
    private static readonly IReadOnlyList<Lineage.Assets.Specs.AssetSpec> Specs = QuantumAssets.CreateSpecs(new DateOnly(2026, 11, 18));

    private static AssetCheckSpec Check(IEnumerable<Lineage.Assets.Specs.AssetSpec> specs, Lineage.Assets.Keys.AssetKey asset, string name) =>
        specs.Single(s => s.Key == asset).Checks.Single(c => c.Name == name);

    [Fact]
    public void Raw_files_valid_is_not_blocking_unless_configured()
    {
        Assert.False(Check(Specs, QuantumAssetKeys.RawVqeResults, "raw_files_valid").Blocking);

        var overridden = new CheckOverrides(new Dictionary<string, bool> { ["raw_vqe_results/raw_files_valid"] = true }).Apply(Specs);

        Assert.True(Check(overridden, QuantumAssetKeys.RawVqeResults, "raw_files_valid").Blocking);
        Assert.True(Check(overridden, QuantumAssetKeys.VqeResults, "keys_unique").Blocking);
    }

    [Fact]
    public void A_check_name_alone_applies_to_every_asset_and_an_asset_entry_wins()
    {
        var overridden = new CheckOverrides(new Dictionary<string, bool>
        {
            ["keys_unique"] = false,
            ["vqe_results/keys_unique"] = true,
        }).Apply(Specs);

        Assert.False(Check(overridden, QuantumAssetKeys.Molecules, "keys_unique").Blocking);
        Assert.True(Check(overridden, QuantumAssetKeys.VqeResults, "keys_unique").Blocking);
    }

    [Fact]
    public void An_override_naming_no_declared_check_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new CheckOverrides(new Dictionary<string, bool> { ["raw_vqe_results/raw_file_valid"] = true }).Apply(Specs));

        Assert.Contains("'raw_vqe_results/raw_file_valid'", error.Message);
    }
}
