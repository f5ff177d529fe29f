namespace Lineage.Materializers.Raw;

/// <summary>The JSON member names of a raw VQE record, as the producing pipeline spells them.</summary>
public static class RawFieldNames
{
    public const string VqeResult = "vqe_result";
    public const string Molecule = "molecule";
    public const string BasisSet = "basis_set";
    public const string HamiltonianTime = "hamiltonian_time";
    public const string MappingTime = "mapping_time";
    public const string VqeTime = "vqe_time";
    public const string TotalTime = "total_time";
    public const string MoleculeId = "molecule_id";
    public const string PerformanceStart = "performance_start";
    public const string PerformanceEnd = "performance_end";

    public const string MoleculeData = "molecule_data";
    public const string Symbols = "symbols";
    public const string Coords = "coords";
    public const string Multiplicity = "multiplicity";
    public const string Charge = "charge";
    public const string Units = "units";
    public const string Masses = "masses";

    public const string InitialData = "initial_data";
    public const string IterationList = "iteration_list";
    public const string Minimum = "minimum";
    public const string OptimalParameters = "optimal_parameters";
    public const string Maxcv = "maxcv";
    public const string MinimizationTime = "minimization_time";
    public const string NuclearRepulsionEnergy = "nuclear_repulsion_energy";
    public const string Success = "success";
    public const string Nfev = "nfev";
    public const string Nit = "nit";

    public const string Backend = "backend";
    public const string NumQubits = "num_qubits";
    public const string Hamiltonian = "hamiltonian";
    public const string NumParameters = "num_parameters";
    public const string InitialParameters = "initial_parameters";
    public const string Optimizer = "optimizer";
    public const string Ansatz = "ansatz";
    public const string NoiseBackend = "noise_backend";
    public const string DefaultShots = "default_shots";
    public const string AnsatzReps = "ansatz_reps";
    public const string InitStrategy = "init_strategy";
    public const string Seed = "seed";
    public const string AnsatzName = "ansatz_name";

    /// <summary>Written by the producer (true when no shot count is set); not part of the record model, ignored on read.</summary>
    public const string ExactEstimator = "exact_estimator";

    public const string Label = "label";
    public const string Coefficients = "coefficients";
    public const string Real = "real";
    public const string Imaginary = "imaginary";

    public const string Iteration = "iteration";
    public const string Parameters = "parameters";
    public const string Result = "result";
    public const string Std = "std";
    public const string EnergyDelta = "energy_delta";
    public const string ParameterDeltaNorm = "parameter_delta_norm";
    public const string CumulativeMinEnergy = "cumulative_min_energy";
}
