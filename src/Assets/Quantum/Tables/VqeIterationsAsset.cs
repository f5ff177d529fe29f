using Lineage.Assets.Checks;
using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum.Columns;
using Lineage.Assets.Specs;
using F = Lineage.Assets.Quantum.Columns.RawFields;

namespace Lineage.Assets.Quantum.Tables;

internal static class VqeIterationsAsset
{
    public static AssetSpec Create(BaseColumns c, DailyPartitions partitions) => QuantumTable.Base(
        c,
        partitions,
        QuantumAssetKeys.VqeIterations,
        description:
            "The optimizer's trajectory, one row per iteration of each experiment: the estimated energy and its " +
            "standard deviation, the change since the previous iteration, the size of the parameter step and the " +
            "lowest energy so far. When the raw list repeats an iteration number, its first occurrence is kept.",
        columns:
        [
            .. c.ExperimentOnBackend,
            c.IterationStep,
            Column.Of("iteration_energy", "double", "Estimated energy at this iteration, in Hartree.",
                c.From(F.IterationResult)),
            Column.Of("energy_std_dev", "double", "Standard deviation of the energy estimate.",
                c.From(F.IterationStd)),
            Column.Of("energy_delta", "double?", "Change of energy since the previous iteration.",
                c.From(F.IterationEnergyDelta)),
            Column.Of("parameter_delta_norm", "double?", "Norm of the parameter step since the previous iteration.",
                c.From(F.IterationParameterDeltaNorm)),
            Column.Of("cumulative_min_energy", "double?", "Lowest energy seen up to and including this iteration.",
                c.From(F.IterationCumulativeMin)),
            c.IterationId,
        ],
        keyColumns: ["iteration_id"],
        partitionColumns: ["processing_date", "basis_set", "backend"],
        new AssetCheckSpec(
            "iteration_rows_match_steps",
            QuantumAssetKeys.VqeIterations,
            "The partition has exactly one row per distinct iteration number of each experiment: its row count " +
            "equals the sum over experiments of the distinct steps in their raw iteration lists.",
            AssetCheckSeverity.Error,
            Blocking: false),
        new AssetCheckSpec(
            "row_count_consistent",
            QuantumAssetKeys.VqeIterations,
            "The partition has at least as many iteration rows as vqe_results has experiments; fewer points to " +
            "truncated raw records.",
            AssetCheckSeverity.Warn,
            Blocking: false),
        new AssetCheckSpec(
            "cumulative_min_non_increasing",
            QuantumAssetKeys.VqeIterations,
            "Within each experiment, in iteration order, cumulative_min_energy never increases (nulls are skipped). " +
            "A failure lists the experiments and steps where it rose.",
            AssetCheckSeverity.Warn,
            Blocking: false));
}
