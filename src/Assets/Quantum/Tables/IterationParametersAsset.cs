using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum.Columns;
using Lineage.Assets.Specs;
using F = Lineage.Assets.Quantum.Columns.RawFields;

namespace Lineage.Assets.Quantum.Tables;

internal static class IterationParametersAsset
{
    public static AssetSpec Create(BaseColumns c, DailyPartitions partitions) => QuantumTable.Base(
        c,
        partitions,
        QuantumAssetKeys.IterationParameters,
        description:
            "The full parameter vector at every iteration, one row per iteration and parameter, in vector order. " +
            "Only the first occurrence of a repeated iteration number contributes, so every parameter_id is unique " +
            "and the rows line up with vqe_iterations through iteration_id.",
        columns:
        [
            .. c.ExperimentOnBackend,
            c.IterationStep,
            Column.Of("parameter_index", "int", "0-based position of the value in the iteration's vector.",
                c.From(F.IterationParameters)),
            Column.Of("parameter_value", "double", "Value of the parameter at this iteration.",
                c.From(F.IterationParameters)),
            c.IterationId,
            c.ExperimentScopedId("parameter_id",
                "Identifies the row: {iteration_id}_param_{parameter_index}.",
                F.IterationNumber, F.IterationParameters),
        ],
        keyColumns: ["parameter_id"],
        partitionColumns: ["processing_date", "basis_set"]);
}
