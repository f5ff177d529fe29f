using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum.Columns;
using Lineage.Assets.Specs;
using F = Lineage.Assets.Quantum.Columns.RawFields;

namespace Lineage.Assets.Quantum.Tables;

internal static class PerformanceMetricsAsset
{
    public static AssetSpec Create(BaseColumns c, DailyPartitions partitions) => QuantumTable.Base(
        c,
        partitions,
        QuantumAssetKeys.PerformanceMetrics,
        description:
            "Wall-clock timings of each experiment, one row per experiment: building the Hamiltonian, mapping it to " +
            "qubits, running VQE, the whole simulation and the optimizer's own minimisation, all in seconds. " +
            "computed_total_time adds up the three phases so it can be set against the reported total_time.",
        columns:
        [
            .. c.Experiment,
            Column.Of("hamiltonian_time", "double", "Seconds spent building the electronic Hamiltonian.",
                c.From(F.HamiltonianTime)),
            Column.Of("mapping_time", "double", "Seconds spent mapping the Hamiltonian to qubit operators.",
                c.From(F.MappingTime)),
            Column.Of("vqe_time", "double", "Seconds spent running the VQE optimisation.", c.From(F.VqeTime)),
            Column.Of("total_time", "double", "Seconds the whole simulation took, as reported.", c.From(F.TotalTime)),
            Column.Of("minimization_time", "double", "Seconds the optimizer's minimisation took.",
                c.From(F.MinimizationTime)),
            Column.Of("computed_total_time", "double", "hamiltonian_time + mapping_time + vqe_time.",
                c.From(F.HamiltonianTime, F.MappingTime, F.VqeTime)),
        ],
        keyColumns: ["experiment_id", "molecule_id", "basis_set"],
        partitionColumns: ["processing_date", "basis_set"]);
}
