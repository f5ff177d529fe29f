using Lineage.Assets.Checks;
using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum.Columns;
using Lineage.Assets.Specs;

namespace Lineage.Assets.Quantum.Tables;

internal static class MlIterationFeaturesAsset
{
    public static AssetSpec Create(
        DailyPartitions partitions,
        AssetSpec iterations,
        AssetSpec results,
        AssetSpec molecules,
        AssetSpec metrics,
        AssetSpec ansatz)
    {
        var key = QuantumAssetKeys.MlIterationFeatures;
        var ordered = iterations.Refs("iteration_step");
        return QuantumTable.Ml(
            [iterations, results, molecules, metrics, ansatz],
            partitions,
            key,
            description:
                "ML-ready features, one row per iteration of each experiment: every vqe_iterations row of the " +
                "partition joined on experiment_id with its molecule, configuration, ansatz and timings, plus " +
                "features of the trajectory computed per experiment in iteration order: new minima and plateaus, " +
                "rolling energy statistics, normalised energy, improvement rate and parameter movement. Rows whose " +
                "molecule name, optimizer, basis set or qubit count is missing after the join are dropped and counted.",
            columns:
            [
                Column.Carry(iterations, "experiment_id"),
                Column.Carry(iterations, "iteration_step"),
                Column.Carry(molecules, "molecule_name"),
                Column.Of("num_atoms", "int", "Number of atoms: the length of atom_symbols.",
                    molecules.Refs("atom_symbols")),
                Column.Carry(results, "num_qubits"),
                Column.Carry(molecules, "charge"),
                Column.Carry(molecules, "multiplicity"),
                Column.Carry(ansatz, "basis_set"),
                Column.Carry(results, "optimizer"),
                Column.Carry(ansatz, "ansatz_name", rename: "ansatz_type"),
                Column.Carry(results, "ansatz_reps"),
                Column.Carry(ansatz, "init_strategy"),
                Column.Carry(results, "seed"),
                Column.Carry(results, "default_shots"),
                Column.Carry(iterations, "iteration_energy", rename: "energy"),
                Column.Carry(iterations, "energy_std_dev", rename: "energy_std"),
                Column.Carry(iterations, "energy_delta"),
                Column.Carry(iterations, "parameter_delta_norm"),
                Column.Carry(iterations, "cumulative_min_energy"),
                Column.Of("relative_iteration", "double", "iteration_step ÷ total_iterations: progress through the run.",
                    [.. ordered, .. results.Refs("total_iterations")]),
                Column.Of("energy_improvement_rate", "double?",
                    "(the experiment's first energy − cumulative_min_energy) ÷ iteration_step; null when the step is " +
                    "0 or the minimum is null.",
                    iterations.Refs("iteration_energy", "cumulative_min_energy", "iteration_step")),
                Column.Of("normalized_energy", "double",
                    "(energy − cumulative_min_energy) ÷ |cumulative_min_energy|; 0.0 when the minimum is null or 0.",
                    iterations.Refs("iteration_energy", "cumulative_min_energy")),
                Column.Of("is_new_minimum", "boolean",
                    "True when this iteration lowered cumulative_min_energy, on the first iteration and after a null " +
                    "minimum.",
                    iterations.Refs("cumulative_min_energy", "iteration_step")),
                Column.Of("steps_since_improvement", "int", "Iterations since the last new minimum; 0 on a new minimum.",
                    iterations.Refs("cumulative_min_energy", "iteration_step")),
                Column.Of("energy_moving_avg_5", "double",
                    "Mean energy over this iteration and up to 4 before it (the window is configurable, 5 by default).",
                    iterations.Refs("iteration_energy", "iteration_step")),
                Column.Of("energy_moving_std_5", "double?",
                    "Sample standard deviation of energy over the same window; null for a single value.",
                    iterations.Refs("iteration_energy", "iteration_step")),
                Column.Of("mean_param_change", "double?",
                    "Running sum of parameter_delta_norm (nulls skipped) ÷ iteration_step; null while every norm so " +
                    "far is null or when the step is 0.",
                    iterations.Refs("parameter_delta_norm", "iteration_step")),
                Column.Carry(results, "total_iterations"),
                Column.Carry(results, "minimum_energy", rename: "final_energy"),
                Column.Carry(results, "success", rename: "converged"),
                Column.Of("convergence_iteration", "int", "The last iteration_step of the experiment with a new minimum.",
                    iterations.Refs("cumulative_min_energy", "iteration_step")),
                Column.Carry(metrics, "vqe_time"),
                Column.Carry(metrics, "total_time"),
                Column.Carry(iterations, "processing_date",
                    description: "The partition: the processing_date of the vqe_iterations rows the features come from."),
            ],
            keyColumns: ["experiment_id", "iteration_step"],
            partitionColumns: ["processing_date"],
            new AssetCheckSpec(
                "required_fields_present",
                key,
                "Counts the joined rows with a null molecule_name, optimizer, basis_set or num_qubits; those rows are " +
                "dropped before writing. A non-zero count warns that context tables are missing experiments.",
                AssetCheckSeverity.Warn,
                Blocking: false),
            new AssetCheckSpec(
                "fan_out_guard",
                key,
                "The table has no more rows than the vqe_iterations rows of the same experiments; more means a join " +
                "matched several context rows per experiment.",
                AssetCheckSeverity.Error,
                Blocking: true),
            new AssetCheckSpec(
                "relative_iteration_in_range",
                key,
                "Every relative_iteration lies in (0, 1]: no step beyond the run's total_iterations.",
                AssetCheckSeverity.Error,
                Blocking: false));
    }
}
