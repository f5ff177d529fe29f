using Lineage.Assets.Checks;
using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum.Columns;
using Lineage.Assets.Specs;

namespace Lineage.Assets.Quantum.Tables;

internal static class MlRunSummaryAsset
{
    /// <summary>Columns constant within an experiment, carried from its iteration rows unchanged.</summary>
    private static readonly string[] RunColumns =
    [
        "experiment_id", "molecule_name", "num_atoms", "num_qubits", "charge", "multiplicity", "basis_set",
        "optimizer", "ansatz_type", "ansatz_reps", "init_strategy", "seed", "default_shots", "total_iterations",
        "final_energy", "converged", "convergence_iteration", "vqe_time", "total_time",
    ];

    public static AssetSpec Create(DailyPartitions partitions, AssetSpec features)
    {
        var key = QuantumAssetKeys.MlRunSummary;
        ColumnRef[] Uses(params string[] columns) => features.Refs(columns);
        return QuantumTable.Ml(
            [features],
            partitions,
            key,
            description:
                "One row per experiment summarising its ml_iteration_features rows: the run's molecule, configuration " +
                "and outcome, statistics of its energy changes and parameter movement, its convergence behaviour " +
                "(new minima, longest plateau, improvement ratio) and early-versus-late trajectory features over the " +
                "first and last iterations. An experiment without iterations has no row.",
            columns:
            [
                .. RunColumns.Select(column => Column.Carry(features, column)),
                Column.Of("mean_energy_delta", "double?", "Mean energy_delta over the run; null if all are null.",
                    Uses("energy_delta")),
                Column.Of("std_energy_delta", "double?", "Sample standard deviation of energy_delta; null below two values.",
                    Uses("energy_delta")),
                Column.Of("min_energy", "double", "Lowest iteration energy of the run.", Uses("energy")),
                Column.Of("max_energy", "double", "Highest iteration energy of the run.", Uses("energy")),
                Column.Of("energy_range", "double", "max_energy − min_energy.", Uses("energy")),
                Column.Of("mean_param_delta_norm", "double?", "Mean parameter step norm; null if all are null.",
                    Uses("parameter_delta_norm")),
                Column.Of("std_param_delta_norm", "double?",
                    "Sample standard deviation of the parameter step norm; null below two values.",
                    Uses("parameter_delta_norm")),
                Column.Of("total_param_distance", "double?", "Sum of the parameter step norms; null if all are null.",
                    Uses("parameter_delta_norm")),
                Column.Of("num_new_minima", "long", "Number of iterations that set a new minimum; 0 if none.",
                    Uses("is_new_minimum")),
                Column.Of("longest_plateau", "int", "Longest run of iterations without a new minimum.",
                    Uses("steps_since_improvement")),
                Column.Of("improvement_ratio", "double", "num_new_minima ÷ total_iterations.",
                    Uses("is_new_minimum", "total_iterations")),
                Column.Carry(features, "processing_date",
                    description: "The partition: the processing_date of the iteration rows summarised."),
                Column.Of("first_10_mean_energy", "double",
                    "Mean energy of the first 10 iterations by step (the count is configurable).",
                    Uses("energy", "iteration_step")),
                Column.Of("first_10_energy_slope", "double?",
                    "Least-squares slope of energy on iteration_step over the first 10 iterations; null with fewer " +
                    "than two points or when the steps do not vary.",
                    Uses("energy", "iteration_step")),
                Column.Of("last_10_mean_energy", "double",
                    "Mean energy of the last 10 iterations by step (the count is configurable).",
                    Uses("energy", "iteration_step")),
                Column.Of("time_per_iteration", "double", "vqe_time ÷ total_iterations.",
                    Uses("vqe_time", "total_iterations")),
            ],
            keyColumns: ["experiment_id"],
            partitionColumns: ["processing_date", "basis_set"],
            new AssetCheckSpec(
                "one_row_per_experiment",
                key,
                "The partition has exactly one row for each experiment present in ml_iteration_features, and none " +
                "for others.",
                AssetCheckSeverity.Error,
                Blocking: true));
    }
}
