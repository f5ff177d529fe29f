using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum.Columns;
using Lineage.Assets.Specs;

namespace Lineage.Assets.Quantum.Tables;

internal static class InitialParametersAsset
{
    public static AssetSpec Create(BaseColumns c, DailyPartitions partitions) => ParameterVectorTable.Create(
        c,
        partitions,
        QuantumAssetKeys.InitialParameters,
        description:
            "The ansatz parameters each optimisation started from, one row per parameter in vector order. Together " +
            "with optimal_parameters it shows how far the optimizer moved each parameter.",
        valueColumn: "initial_parameter_value",
        valueDescription: "Starting value of the parameter.",
        rawVector: RawFields.InitialParameters,
        idInfix: "_init_");
}
