using System.Numerics;
using Lineage.Materializers.Raw;
using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Tests.Tables.Base;

/// <summary>Hand-written raw records for the base table transforms and the stamp their rows end with.</summary>
internal static class BaseRecords
{
    public const string FileName = "0-1795046400000000000.json";

    public static ProcessingStamp Stamp { get; } = new(
        "20261118T030000Z",
        ProcessingStamp.BaseProcessingName,
        new DateTimeOffset(2026, 11, 18, 3, 0, 0, 250, TimeSpan.Zero),
        new DateOnly(2026, 11, 18));

    /// <summary>The H2 record of the reference pipeline's extraction test.</summary>
    public static VqeDecoratedResult ReferenceH2 { get; } = new(
        new VqeResult(
            new VqeInitialData(
                Backend: "qasm_simulator",
                NumQubits: 4,
                Hamiltonian: [new HamiltonianTerm("II", new Complex(-1.0, 0.0))],
                NumParameters: 4,
                InitialParameters: [0.1, 0.2, 0.3, 0.4],
                Optimizer: "L-BFGS-B",
                Ansatz: "OPENQASM 3.0;",
                NoiseBackend: "none",
                DefaultShots: 1024,
                AnsatzReps: 1,
                InitStrategy: "hf",
                Seed: 42,
                AnsatzName: "EfficientSU2"),
            [
                new VqeIteration(0, [0.1, 0.2, 0.3, 0.4], -1.1, 0.01, null, null, -1.1),
                new VqeIteration(1, [0.15, 0.25, 0.35, 0.45], -1.15, 0.01, -0.05, 0.1, -1.15),
            ],
            Minimum: -1.15,
            OptimalParameters: [0.15, 0.25, 0.35, 0.45],
            Maxcv: null,
            MinimizationTime: 10.0,
            NuclearRepulsionEnergy: 0.715,
            Success: true,
            Nfev: 20,
            Nit: 2),
        new MoleculeInfo(new MoleculeData(["H", "H"], [[0.0, 0.0, 0.0], [0.0, 0.0, 0.735]], 1, 0, "angstrom", null)),
        BasisSet: "sto-3g",
        HamiltonianTime: 1.0,
        MappingTime: 0.5,
        VqeTime: 10.0,
        TotalTime: 11.5,
        MoleculeId: 0,
        PerformanceStart: null,
        PerformanceEnd: null);

    /// <summary>The reference record with every optional field left out.</summary>
    public static VqeDecoratedResult WithoutOptionals { get; } = ReferenceH2 with
    {
        VqeResult = ReferenceH2.VqeResult with
        {
            InitialData = ReferenceH2.VqeResult.InitialData with
            {
                DefaultShots = null, InitStrategy = null, Seed = null, AnsatzName = null,
            },
            IterationList = [new VqeIteration(0, [0.1, 0.2, 0.3, 0.4], -1.1, 0.01, null, null, null)],
            Maxcv = null,
            NuclearRepulsionEnergy = null,
            Success = null,
            Nfev = null,
            Nit = null,
        },
    };

    /// <summary>A lone hydrogen atom (a doublet) with masses given.</summary>
    public static VqeDecoratedResult OneAtom { get; } = ReferenceH2 with
    {
        Molecule = new MoleculeInfo(new MoleculeData(["H"], [[0.0, 0.0, 0.0]], 2, 0, "bohr", [1.008])),
        MoleculeId = 3,
    };

    public static VqeDecoratedResult WithIterations(params VqeIteration[] iterations) =>
        ReferenceH2 with { VqeResult = ReferenceH2.VqeResult with { IterationList = iterations } };

    public static VqeIteration Iteration(int number, double result, params double[] parameters) =>
        new(number, parameters, result, 0.01, null, null, result);

    public static ExperimentRun Run(VqeDecoratedResult record) => ExperimentRun.From(record, FileName);
}
