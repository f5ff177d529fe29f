using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum.Columns;
using Lineage.Assets.Specs;
using F = Lineage.Assets.Quantum.Columns.RawFields;

namespace Lineage.Assets.Quantum.Tables;

internal static class AnsatzInfoAsset
{
    public static AssetSpec Create(BaseColumns c, DailyPartitions partitions) => QuantumTable.Base(
        c,
        partitions,
        QuantumAssetKeys.AnsatzInfo,
        description:
            "The parameterised circuit (ansatz) each experiment optimised, one row per experiment: the circuit as " +
            "OpenQASM 3 text, how many times its layer repeats, the ansatz family and how its initial parameters were " +
            "chosen. A missing family defaults to EfficientSU2 and a missing strategy to random, the simulator's own " +
            "defaults, so both columns are always filled.",
        columns:
        [
            .. c.Experiment,
            Column.Of("ansatz", "string", "The ansatz circuit as OpenQASM 3 text.", c.From(F.Ansatz)),
            c.AnsatzReps,
            c.AnsatzName,
            c.InitStrategy,
        ],
        keyColumns: ["experiment_id", "molecule_id"],
        partitionColumns: ["processing_date", "basis_set"]);
}
