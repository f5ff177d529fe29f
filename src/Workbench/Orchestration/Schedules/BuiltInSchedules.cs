using Lineage.Assets.Quantum;

namespace Lineage.Workbench.Orchestration.Schedules;

/// <summary>
/// The schedules every workbench has unless configuration changes or disables them (same keys,
/// e.g. <c>Lineage:Schedules:raw_observation:Enabled=false</c>).
/// </summary>
public static class BuiltInSchedules
{
    /// <summary>The base feature tables of yesterday and today, when missing or stale, every day at 02:00 UTC.</summary>
    public static ScheduleDefinition QuantumFeatureProcessing { get; } = new(
        "quantum_feature_processing", ScheduleKind.Materialize, "0 0 2 * * ?", "group:base_features", Lookback: 2, StaleOnly: true, Enabled: true);

    /// <summary>The raw source's last three days, every five minutes, so stale tables show as soon as new files land.</summary>
    public static ScheduleDefinition RawObservation { get; } = new(
        "raw_observation", ScheduleKind.Observe, "0 0/5 * * * ?", QuantumAssetKeys.RawVqeResults.Value, Lookback: 3, StaleOnly: true, Enabled: true);

    public static IReadOnlyList<ScheduleDefinition> All { get; } = [QuantumFeatureProcessing, RawObservation];
}
