using Lineage.Assets.Quantum;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Orchestration.Schedules;

namespace Lineage.Workbench.Tests.Orchestration.Schedules;

public sealed class ScheduleSelectionsTests
{
    private static readonly AssetCatalog Catalog = new(new DateOnly(2026, 11, 18));

    [Fact]
    public void The_daily_schedule_selects_the_nine_base_tables()
    {
        var assets = ScheduleSelections.Resolve(BuiltInSchedules.QuantumFeatureProcessing, Catalog.Graph);

        Assert.Equal(QuantumAssetKeys.BaseTables.ToHashSet(), assets.ToHashSet());
    }

    [Fact]
    public void An_unknown_group_is_refused_with_the_setting_and_the_known_groups()
    {
        var schedule = BuiltInSchedules.QuantumFeatureProcessing with { Selection = "group:base" };

        var error = Assert.Throws<ScheduleConfigurationException>(() => ScheduleSelections.Resolve(schedule, Catalog.Graph));

        Assert.Contains("Lineage:Schedules:quantum_feature_processing:Selection is 'group:base'", error.Message);
        Assert.Contains("base_features", error.Message);
    }

    [Fact]
    public void An_observe_schedule_over_tables_is_refused_naming_them()
    {
        var schedule = BuiltInSchedules.RawObservation with { Selection = "raw_vqe_results, molecules" };

        var error = Assert.Throws<ScheduleConfigurationException>(() => ScheduleSelections.Resolve(schedule, Catalog.Graph));

        Assert.Contains("Lineage:Schedules:raw_observation:Selection", error.Message);
        Assert.Contains("quantum_features/molecules is not one", error.Message);
    }
}
