using Lineage.Assets.Keys;
using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum.Columns;
using Lineage.Assets.Specs;

namespace Lineage.Assets.Quantum.Tables;

/// <summary>The shape shared by initial_parameters and optimal_parameters: one row per element of a parameter vector.</summary>
internal static class ParameterVectorTable
{
    public static AssetSpec Create(
        BaseColumns c,
        DailyPartitions partitions,
        AssetKey key,
        string description,
        string valueColumn,
        string valueDescription,
        string rawVector,
        string idInfix) => QuantumTable.Base(
        c,
        partitions,
        key,
        description,
        columns:
        [
            .. c.ExperimentOnBackend,
            Column.Of(valueColumn, "double", valueDescription, c.From(rawVector)),
            Column.Of("parameter_index", "int", "0-based position of the value in the vector.", c.From(rawVector)),
            c.ExperimentScopedId("parameter_id",
                $"Identifies the row: {{experiment_id}}{idInfix}{{parameter_index}}.", rawVector),
        ],
        keyColumns: ["parameter_id"],
        partitionColumns: ["processing_date", "basis_set"]);
}
