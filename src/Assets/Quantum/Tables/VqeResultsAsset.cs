using Lineage.Assets.Checks;
using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum.Columns;
using Lineage.Assets.Specs;
using F = Lineage.Assets.Quantum.Columns.RawFields;

namespace Lineage.Assets.Quantum.Tables;

internal static class VqeResultsAsset
{
    public static AssetSpec Create(BaseColumns c, DailyPartitions partitions) => QuantumTable.Base(
        c,
        partitions,
        QuantumAssetKeys.VqeResults,
        description:
            "The outcome of each VQE run with the configuration that produced it, one row per experiment: backend, " +
            "qubit count, optimizer, noise model, shots, ansatz settings and seed on one side; the minimum energy, " +
            "constraint violation, nuclear repulsion energy, optimizer success and evaluation counts on the other, " +
            "plus how many iteration entries the run recorded.",
        columns:
        [
            .. c.ExperimentOnBackend,
            Column.Of("optimizer", "string", "Classical optimizer, e.g. L-BFGS-B or COBYLA.", c.From(F.Optimizer)),
            Column.Of("noise_backend", "string", "Noise model the simulation used.", c.From(F.NoiseBackend)),
            Column.Of("default_shots", "int?", "Shots per circuit evaluation; null when not sampling.",
                c.From(F.DefaultShots)),
            c.AnsatzReps,
            c.AnsatzName,
            c.InitStrategy,
            Column.Of("seed", "int?", "Random seed of the run; null when not recorded.", c.From(F.Seed)),
            Column.Of("minimum_energy", "double", "Lowest energy the optimizer reported, in Hartree.",
                c.From(F.Minimum)),
            Column.Of("maxcv", "double?", "Maximum constraint violation; null when the optimizer reports none.",
                c.From(F.Maxcv)),
            Column.Of("nuclear_repulsion_energy", "double?", "Nuclear repulsion energy of the molecule, in Hartree.",
                c.From(F.NuclearRepulsionEnergy)),
            Column.Of("success", "boolean?", "Whether the optimizer reported success; null when not reported.",
                c.From(F.Success)),
            Column.Of("nfev", "int?", "Number of energy evaluations the optimizer made.", c.From(F.Nfev)),
            Column.Of("nit", "int?", "Number of iterations the optimizer reported.", c.From(F.Nit)),
            Column.Of("total_iterations", "int",
                "Number of entries in the raw iteration list, repeated iteration numbers included.",
                c.From(F.IterationNumber)),
        ],
        keyColumns: ["experiment_id", "molecule_id", "basis_set"],
        partitionColumns: ["processing_date", "basis_set", "backend"],
        new AssetCheckSpec(
            "experiments_complete",
            QuantumAssetKeys.VqeResults,
            "Every experiment of the partition also has its rows in molecules, ansatz_info and performance_metrics, " +
            "so the ML join finds its context. A failure lists the experiments and the tables they are missing from.",
            AssetCheckSeverity.Error,
            Blocking: false));
}
