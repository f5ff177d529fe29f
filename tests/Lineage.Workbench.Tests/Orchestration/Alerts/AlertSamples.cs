using Lineage.Workbench.Orchestration.Alerts;

namespace Lineage.Workbench.Tests.Orchestration.Alerts;

/// <summary>Alerts the tests send.</summary>
public static class AlertSamples
{
    public static Alert StepFailed(string group = "base_features") => new(
        AlertKind.StepFailed,
        "quantum_features/vqe_results",
        group,
        "2026-11-20",
        "Column 'energy' is null in 3 rows\n   at Lineage.Materializers.Tables.VqeResults",
        42,
        "https://lineage.example.org/runs/42",
        new DateTimeOffset(2026, 11, 20, 6, 30, 0, TimeSpan.Zero));
}
