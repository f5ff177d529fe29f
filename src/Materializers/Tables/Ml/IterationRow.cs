namespace Lineage.Materializers.Tables.Ml;

/// <summary>The vqe_iterations columns the features use, for one iteration.</summary>
internal readonly record struct IterationRow(
    int Step,
    double Energy,
    double EnergyStd,
    double? EnergyDelta,
    double? ParameterDeltaNorm,
    double? CumulativeMinEnergy)
{
    /// <summary>The columns read besides experiment_id.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "iteration_step", "iteration_energy", "energy_std_dev", "energy_delta", "parameter_delta_norm",
        "cumulative_min_energy",
    ];
}
