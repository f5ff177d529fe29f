using Lineage.Assets.Graph;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Orchestration.Freshness;
using Microsoft.Extensions.Configuration;
using static Lineage.Assets.Quantum.QuantumAssetKeys;

namespace Lineage.Workbench.Tests.Orchestration.Freshness;

/// <summary>Maximum lags and evaluation settings read from <c>Lineage:Freshness</c>.</summary>
public sealed class FreshnessPoliciesTests
{
    private static readonly AssetGraph Graph = new AssetCatalog(new DateOnly(2026, 11, 1)).Graph;

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    [Fact]
    public void Without_settings_base_tables_get_an_hour_and_a_half_ml_tables_45_minutes_and_the_source_nothing()
    {
        var policies = FreshnessPolicies.From(Graph, Settings());

        Assert.All(BaseTables, key => Assert.Equal(TimeSpan.FromMinutes(90), policies.MaxLag(key)));
        Assert.Equal(TimeSpan.FromMinutes(45), policies.MaxLag(MlIterationFeatures));
        Assert.Equal(TimeSpan.FromMinutes(45), policies.MaxLag(MlRunSummary));
        Assert.Null(policies.MaxLag(RawVqeResults));
        Assert.DoesNotContain(RawVqeResults, policies.Assets);
        Assert.Equal(TimeSpan.FromMinutes(90), FreshnessPolicies.DefaultMaxLag(ProcessingMetadata));
    }

    [Fact]
    public void A_group_setting_applies_to_its_assets_and_an_asset_setting_by_key_or_name_wins()
    {
        var policies = FreshnessPolicies.From(Graph, Settings(
            ("Lineage:Freshness:ml_features", "03:00:00"),
            ("Lineage:Freshness:quantum_features/ml_run_summary", "00:05:00"),
            ("Lineage:Freshness:vqe_results", "1.00:00:00")));

        Assert.Equal(TimeSpan.FromHours(3), policies.MaxLag(MlIterationFeatures));
        Assert.Equal(TimeSpan.FromMinutes(5), policies.MaxLag(MlRunSummary));
        Assert.Equal(TimeSpan.FromDays(1), policies.MaxLag(VqeResults));
        Assert.Equal(TimeSpan.FromMinutes(90), policies.MaxLag(Molecules));
    }

    [Theory]
    [InlineData("Lineage:Freshness:molecules", "soon", "time span")]
    [InlineData("Lineage:Freshness:ml_features", "00:00:00", "longer than zero")]
    [InlineData("Lineage:Freshness:molecule", "01:00:00", "molecules")]
    [InlineData("Lineage:Freshness:raw_vqe_results", "01:00:00", "source asset")]
    public void A_setting_that_cannot_be_used_names_itself_and_the_fix(string key, string value, string hint)
    {
        var error = Assert.Throws<FreshnessConfigurationException>(() => FreshnessPolicies.From(Graph, Settings((key, value))));

        Assert.Contains(key, error.Message);
        Assert.Contains(hint, error.Message);
    }

    [Fact]
    public void Window_and_interval_default_to_seven_days_and_a_minute_and_can_be_set()
    {
        Assert.Equal(new FreshnessOptions { WindowDays = 7, CheckInterval = TimeSpan.FromMinutes(1) }, FreshnessOptions.From(Settings()));
        Assert.Equal(
            new FreshnessOptions { WindowDays = 2, CheckInterval = TimeSpan.FromSeconds(30) },
            FreshnessOptions.From(Settings(("Lineage:Freshness:WindowDays", "2"), ("Lineage:Freshness:CheckInterval", "00:00:30"))));
        Assert.Contains("WindowDays", Assert.Throws<FreshnessConfigurationException>(
            () => FreshnessOptions.From(Settings(("Lineage:Freshness:WindowDays", "0")))).Message);
    }
}
