using Lineage.Assets.Checks;
using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum.Columns;
using Lineage.Assets.Specs;
using F = Lineage.Assets.Quantum.Columns.RawFields;

namespace Lineage.Assets.Quantum.Tables;

/// <summary>The observed source: raw VQE result files, one JSON record per file.</summary>
internal static class RawVqeResultsAsset
{
    public static AssetSpec Create(DailyPartitions partitions) => new()
    {
        Key = QuantumAssetKeys.RawVqeResults,
        Group = "raw",
        Kinds = ["json"],
        IsSource = true,
        Owners = ["team:quantum-research"],
        Description =
            "Raw results of VQE simulations as they land from the simulation stream: one JSON file per run, named " +
            "{counter}-{unix_nano}.json, holding the molecule, the run's configuration and Hamiltonian, the optimizer's " +
            "iteration trajectory and the timings of each phase. Lineage only observes these files; a file belongs to the " +
            "UTC day of the unix_nano in its name. Columns are JSON paths into the record ([] marks every element of a " +
            "list) plus _file.* facts about the file itself.",
        Partitions = partitions,
        Columns = RecordColumns,
        Checks =
        [
            new AssetCheckSpec(
                "raw_files_valid",
                QuantumAssetKeys.RawVqeResults,
                "Every file of the partition is valid UTF-8 JSON with all required fields of the expected types. " +
                "Rejected files are quarantined and listed with the JSON path and the problem; the valid files are " +
                "still processed.",
                AssetCheckSeverity.Error,
                Blocking: false),
        ],
    };

    private static IReadOnlyList<ColumnSpec> RecordColumns { get; } =
    [
        Column.Of(F.MoleculeId, "int", "Index of the molecule within the simulation's molecule file."),
        Column.Of(F.BasisSet, "string", "Basis set the molecule was expanded in, e.g. sto3g."),
        Column.Of(F.HamiltonianTime, "double", "Seconds spent building the electronic Hamiltonian."),
        Column.Of(F.MappingTime, "double", "Seconds spent mapping the Hamiltonian to qubit operators."),
        Column.Of(F.VqeTime, "double", "Seconds spent running the VQE optimisation."),
        Column.Of(F.TotalTime, "double", "Seconds the whole simulation took."),
        Column.Of(F.Symbols, "list<string>", "Element symbol of each atom."),
        Column.Of(F.Coords, "list<list<double>>", "Cartesian coordinates of each atom."),
        Column.Of(F.Multiplicity, "int", "Spin multiplicity of the molecule."),
        Column.Of(F.Charge, "int", "Net charge of the molecule."),
        Column.Of(F.Units, "string", "Unit of the coordinates, e.g. angstrom."),
        Column.Of(F.Masses, "list<double>?", "Mass of each atom, when given."),
        Column.Of(F.Backend, "string", "Quantum backend or simulator the circuit ran on."),
        Column.Of(F.NumQubits, "int", "Number of qubits of the mapped Hamiltonian."),
        Column.Of(F.TermLabel, "string", "Pauli string of each Hamiltonian term."),
        Column.Of(F.TermReal, "double", "Real part of each Hamiltonian term's coefficient."),
        Column.Of(F.TermImaginary, "double", "Imaginary part of each Hamiltonian term's coefficient."),
        Column.Of(F.NumParameters, "int", "Number of ansatz parameters."),
        Column.Of(F.InitialParameters, "list<double>", "Parameter vector the optimizer started from."),
        Column.Of(F.Optimizer, "string", "Classical optimizer, e.g. L-BFGS-B or COBYLA."),
        Column.Of(F.Ansatz, "string", "The ansatz circuit as OpenQASM 3 text."),
        Column.Of(F.NoiseBackend, "string", "Noise model the simulation used."),
        Column.Of(F.DefaultShots, "int?", "Shots per circuit evaluation, when sampling."),
        Column.Of(F.AnsatzReps, "int", "Number of repetitions of the ansatz's layer."),
        Column.Of(F.InitStrategy, "string?", "How the initial parameters were chosen, when recorded."),
        Column.Of(F.Seed, "int?", "Random seed of the run, when recorded."),
        Column.Of(F.AnsatzName, "string?", "Name of the ansatz family, when recorded."),
        Column.Of(F.IterationNumber, "int", "Number of each optimizer iteration."),
        Column.Of(F.IterationParameters, "list<double>", "Parameter vector at each iteration."),
        Column.Of(F.IterationResult, "double", "Estimated energy at each iteration, in Hartree."),
        Column.Of(F.IterationStd, "double", "Standard deviation of each iteration's energy estimate."),
        Column.Of(F.IterationEnergyDelta, "double?", "Change of energy since the previous iteration."),
        Column.Of(F.IterationParameterDeltaNorm, "double?", "Norm of the parameter step since the previous iteration."),
        Column.Of(F.IterationCumulativeMin, "double?", "Lowest energy seen up to each iteration."),
        Column.Of(F.Minimum, "double", "Lowest energy the optimizer reported, in Hartree."),
        Column.Of(F.OptimalParameters, "list<double>", "Parameter vector at the reported minimum."),
        Column.Of(F.Maxcv, "double?", "Maximum constraint violation the optimizer reported."),
        Column.Of(F.MinimizationTime, "double", "Seconds the optimizer's minimisation took."),
        Column.Of(F.NuclearRepulsionEnergy, "double?", "Nuclear repulsion energy of the molecule, in Hartree."),
        Column.Of(F.Success, "boolean?", "Whether the optimizer reported success."),
        Column.Of(F.Nfev, "int?", "Number of energy evaluations the optimizer made."),
        Column.Of(F.Nit, "int?", "Number of iterations the optimizer reported."),
        Column.Of(F.FileLandedAt, "timestamptz",
            "When the file landed: the unix_nano in its name ({counter}-{unix_nano}.json) as a UTC instant. Its date " +
            "is the file's partition; of two files of one experiment in a partition, the later one wins."),
        Column.Of(F.FileName, "string", "The file's name, used to report rejected and superseded files."),
    ];
}
