using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum.Columns;
using Lineage.Assets.Specs;

namespace Lineage.Assets.Quantum.Tables;

internal static class OptimalParametersAsset
{
    public static AssetSpec Create(BaseColumns c, DailyPartitions partitions) => ParameterVectorTable.Create(
        c,
        partitions,
        QuantumAssetKeys.OptimalParameters,
        description:
            "The ansatz parameters at the minimum each optimisation reported, one row per parameter in vector " +
            "order: the circuit settings that reproduce the experiment's best energy.",
        valueColumn: "optimal_parameter_value",
        valueDescription: "Value of the parameter at the reported minimum.",
        rawVector: RawFields.OptimalParameters,
        idInfix: "_opt_");
}
