namespace Lineage.Assets.Quantum.Columns;

/// <summary>
/// JSON paths into the raw VQE record that the tables read; <c>[]</c> stands for every element of a list.
/// <c>_file.*</c> are facts about the file itself rather than fields of the record.
/// </summary>
internal static class RawFields
{
    public const string MoleculeId = "molecule_id";
    public const string BasisSet = "basis_set";
    public const string HamiltonianTime = "hamiltonian_time";
    public const string MappingTime = "mapping_time";
    public const string VqeTime = "vqe_time";
    public const string TotalTime = "total_time";

    private const string Molecule = "molecule.molecule_data.";
    public const string Symbols = Molecule + "symbols";
    public const string Coords = Molecule + "coords";
    public const string Multiplicity = Molecule + "multiplicity";
    public const string Charge = Molecule + "charge";
    public const string Units = Molecule + "units";
    public const string Masses = Molecule + "masses";

    private const string Initial = "vqe_result.initial_data.";
    public const string Backend = Initial + "backend";
    public const string NumQubits = Initial + "num_qubits";
    public const string TermLabel = Initial + "hamiltonian[].label";
    public const string TermReal = Initial + "hamiltonian[].coefficients.real";
    public const string TermImaginary = Initial + "hamiltonian[].coefficients.imaginary";
    public const string NumParameters = Initial + "num_parameters";
    public const string InitialParameters = Initial + "initial_parameters";
    public const string Optimizer = Initial + "optimizer";
    public const string Ansatz = Initial + "ansatz";
    public const string NoiseBackend = Initial + "noise_backend";
    public const string DefaultShots = Initial + "default_shots";
    public const string AnsatzReps = Initial + "ansatz_reps";
    public const string InitStrategy = Initial + "init_strategy";
    public const string Seed = Initial + "seed";
    public const string AnsatzName = Initial + "ansatz_name";

    private const string Iteration = "vqe_result.iteration_list[].";
    public const string IterationNumber = Iteration + "iteration";
    public const string IterationParameters = Iteration + "parameters";
    public const string IterationResult = Iteration + "result";
    public const string IterationStd = Iteration + "std";
    public const string IterationEnergyDelta = Iteration + "energy_delta";
    public const string IterationParameterDeltaNorm = Iteration + "parameter_delta_norm";
    public const string IterationCumulativeMin = Iteration + "cumulative_min_energy";

    private const string Result = "vqe_result.";
    public const string Minimum = Result + "minimum";
    public const string OptimalParameters = Result + "optimal_parameters";
    public const string Maxcv = Result + "maxcv";
    public const string MinimizationTime = Result + "minimization_time";
    public const string NuclearRepulsionEnergy = Result + "nuclear_repulsion_energy";
    public const string Success = Result + "success";
    public const string Nfev = Result + "nfev";
    public const string Nit = Result + "nit";

    public const string FileLandedAt = "_file.landed_at";
    public const string FileName = "_file.name";

    /// <summary>
    /// The fields hashed into <c>experiment_id</c>: all of <c>molecule.molecule_data</c>, <c>basis_set</c>
    /// and all of <c>vqe_result.initial_data</c>.
    /// </summary>
    public static IReadOnlyList<string> ExperimentIdentity { get; } =
    [
        Symbols, Coords, Multiplicity, Charge, Units, Masses,
        BasisSet,
        Backend, NumQubits, TermLabel, TermReal, TermImaginary, NumParameters, InitialParameters,
        Optimizer, Ansatz, NoiseBackend, DefaultShots, AnsatzReps, InitStrategy, Seed, AnsatzName,
    ];
}
