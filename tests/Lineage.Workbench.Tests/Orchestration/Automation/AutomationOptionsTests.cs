using Lineage.Assets.Quantum;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Orchestration.Automation;
using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Tests.Orchestration.Automation;

public sealed class AutomationOptionsTests
{
    private static readonly AssetCatalog Catalog = new(new DateOnly(2026, 11, 18));

    private static AutomationOptions Read(params (string Key, string Value)[] settings) =>
        AutomationOptions.From(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    [Fact]
    public void By_default_automation_is_on_and_the_two_ML_tables_are_eager()
    {
        var options = Read();

        Assert.True(options.Enabled);
        Assert.Equal([QuantumAssetKeys.MlIterationFeatures, QuantumAssetKeys.MlRunSummary], new EagerAssets(options, Catalog).Keys);
    }

    [Fact]
    public void Eager_assets_can_be_listed_or_written_comma_separated_and_come_out_upstream_first()
    {
        var listed = Read(("Lineage:Automation:Eager:0", "ml_run_summary"), ("Lineage:Automation:Eager:1", "quantum_features/vqe_iterations"));
        var joined = Read(("Lineage:Automation:Eager", "ml_run_summary, vqe_iterations"));

        Assert.Equal([QuantumAssetKeys.VqeIterations, QuantumAssetKeys.MlRunSummary], new EagerAssets(listed, Catalog).Keys);
        Assert.Equal([QuantumAssetKeys.VqeIterations, QuantumAssetKeys.MlRunSummary], new EagerAssets(joined, Catalog).Keys);
    }

    [Fact]
    public void An_empty_eager_setting_makes_no_asset_eager()
    {
        Assert.Empty(new EagerAssets(Read(("Lineage:Automation:Eager", "")), Catalog).Keys);
    }

    [Fact]
    public void An_unknown_eager_asset_is_refused_with_the_setting()
    {
        var error = Assert.Throws<AutomationConfigurationException>(() => new EagerAssets(Read(("Lineage:Automation:Eager", "ml_summary")), Catalog));

        Assert.Contains("Lineage:Automation:Eager names 'ml_summary'", error.Message);
    }

    [Fact]
    public void A_source_cannot_be_eager()
    {
        var error = Assert.Throws<AutomationConfigurationException>(() => new EagerAssets(Read(("Lineage:Automation:Eager", "raw_vqe_results")), Catalog));

        Assert.Contains("source 'raw_vqe_results'", error.Message);
    }

    [Fact]
    public void Enabled_must_be_true_or_false()
    {
        var error = Assert.Throws<AutomationConfigurationException>(() => Read(("Lineage:Automation:Enabled", "sometimes")));

        Assert.Contains("Lineage:Automation:Enabled is 'sometimes'", error.Message);
    }
}
