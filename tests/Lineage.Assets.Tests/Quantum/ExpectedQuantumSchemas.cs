namespace Lineage.Assets.Tests.Quantum;

/// <summary>
/// The table layouts as written down in the shared table notes: "name type", a trailing '?' for nullable,
/// in column order. Tests compare the specs against these lists, never against the specs themselves.
/// </summary>
internal static class ExpectedQuantumSchemas
{
    public static readonly string[] BaseProcessing =
        ["processing_timestamp timestamptz", "processing_date date", "processing_batch_id string", "processing_name string"];

    public static readonly IReadOnlyDictionary<string, string[]> Tables = new Dictionary<string, string[]>
    {
        ["raw_vqe_results"] =
        [
            "molecule_id int", "basis_set string",
            "hamiltonian_time double", "mapping_time double", "vqe_time double", "total_time double",
            "molecule.molecule_data.symbols list<string>", "molecule.molecule_data.coords list<list<double>>",
            "molecule.molecule_data.multiplicity int", "molecule.molecule_data.charge int",
            "molecule.molecule_data.units string", "molecule.molecule_data.masses list<double>?",
            "vqe_result.initial_data.backend string", "vqe_result.initial_data.num_qubits int",
            "vqe_result.initial_data.hamiltonian[].label string",
            "vqe_result.initial_data.hamiltonian[].coefficients.real double",
            "vqe_result.initial_data.hamiltonian[].coefficients.imaginary double",
            "vqe_result.initial_data.num_parameters int", "vqe_result.initial_data.initial_parameters list<double>",
            "vqe_result.initial_data.optimizer string", "vqe_result.initial_data.ansatz string",
            "vqe_result.initial_data.noise_backend string", "vqe_result.initial_data.default_shots int?",
            "vqe_result.initial_data.ansatz_reps int", "vqe_result.initial_data.init_strategy string?",
            "vqe_result.initial_data.seed int?", "vqe_result.initial_data.ansatz_name string?",
            "vqe_result.iteration_list[].iteration int", "vqe_result.iteration_list[].parameters list<double>",
            "vqe_result.iteration_list[].result double", "vqe_result.iteration_list[].std double",
            "vqe_result.iteration_list[].energy_delta double?",
            "vqe_result.iteration_list[].parameter_delta_norm double?",
            "vqe_result.iteration_list[].cumulative_min_energy double?",
            "vqe_result.minimum double", "vqe_result.optimal_parameters list<double>", "vqe_result.maxcv double?",
            "vqe_result.minimization_time double", "vqe_result.nuclear_repulsion_energy double?",
            "vqe_result.success boolean?", "vqe_result.nfev int?", "vqe_result.nit int?",
            "_file.landed_at timestamptz", "_file.name string",
        ],
        ["molecules"] =
        [
            "experiment_id string", "molecule_id int", "atom_symbols list<string>", "molecule_name string",
            "coordinates list<list<double>>", "multiplicity int", "charge int", "coordinate_units string",
            "atomic_masses list<double>?", .. BaseProcessing,
        ],
        ["ansatz_info"] =
        [
            "experiment_id string", "molecule_id int", "basis_set string", "ansatz string", "ansatz_reps int",
            "ansatz_name string", "init_strategy string", .. BaseProcessing,
        ],
        ["performance_metrics"] =
        [
            "experiment_id string", "molecule_id int", "basis_set string", "hamiltonian_time double",
            "mapping_time double", "vqe_time double", "total_time double", "minimization_time double",
            "computed_total_time double", .. BaseProcessing,
        ],
        ["vqe_results"] =
        [
            "experiment_id string", "molecule_id int", "basis_set string", "backend string", "num_qubits int",
            "optimizer string", "noise_backend string", "default_shots int?", "ansatz_reps int", "ansatz_name string",
            "init_strategy string", "seed int?", "minimum_energy double", "maxcv double?",
            "nuclear_repulsion_energy double?", "success boolean?", "nfev int?", "nit int?", "total_iterations int",
            .. BaseProcessing,
        ],
        ["initial_parameters"] =
        [
            "experiment_id string", "molecule_id int", "basis_set string", "backend string", "num_qubits int",
            "initial_parameter_value double", "parameter_index int", "parameter_id string", .. BaseProcessing,
        ],
        ["optimal_parameters"] =
        [
            "experiment_id string", "molecule_id int", "basis_set string", "backend string", "num_qubits int",
            "optimal_parameter_value double", "parameter_index int", "parameter_id string", .. BaseProcessing,
        ],
        ["vqe_iterations"] =
        [
            "experiment_id string", "molecule_id int", "basis_set string", "backend string", "num_qubits int",
            "iteration_step int", "iteration_energy double", "energy_std_dev double", "energy_delta double?",
            "parameter_delta_norm double?", "cumulative_min_energy double?", "iteration_id string", .. BaseProcessing,
        ],
        ["iteration_parameters"] =
        [
            "experiment_id string", "molecule_id int", "basis_set string", "backend string", "num_qubits int",
            "iteration_step int", "parameter_index int", "parameter_value double", "iteration_id string",
            "parameter_id string", .. BaseProcessing,
        ],
        ["hamiltonian_terms"] =
        [
            "experiment_id string", "molecule_id int", "basis_set string", "backend string", "term_label string",
            "coeff_real double", "coeff_imag double", "term_index int", "term_id string", .. BaseProcessing,
        ],
        ["ml_iteration_features"] =
        [
            "experiment_id string", "iteration_step int", "molecule_name string", "num_atoms int", "num_qubits int",
            "charge int", "multiplicity int", "basis_set string", "optimizer string", "ansatz_type string",
            "ansatz_reps int", "init_strategy string", "seed int?", "default_shots int?", "energy double",
            "energy_std double", "energy_delta double?", "parameter_delta_norm double?",
            "cumulative_min_energy double?", "relative_iteration double", "energy_improvement_rate double?",
            "normalized_energy double", "is_new_minimum boolean", "steps_since_improvement int",
            "energy_moving_avg_5 double", "energy_moving_std_5 double?", "mean_param_change double?",
            "total_iterations int", "final_energy double", "converged boolean?", "convergence_iteration int",
            "vqe_time double", "total_time double", "processing_date date",
        ],
        // The notes mark no '?' here; nullable are the carried nullable columns and the aggregates the notes say
        // can be null (over only nulls, sample deviation of one value, slope of fewer than two points).
        ["ml_run_summary"] =
        [
            "experiment_id string", "molecule_name string", "num_atoms int", "num_qubits int", "charge int",
            "multiplicity int", "basis_set string", "optimizer string", "ansatz_type string", "ansatz_reps int",
            "init_strategy string", "seed int?", "default_shots int?", "total_iterations int", "final_energy double",
            "converged boolean?", "convergence_iteration int", "vqe_time double", "total_time double",
            "mean_energy_delta double?", "std_energy_delta double?", "min_energy double", "max_energy double",
            "energy_range double", "mean_param_delta_norm double?", "std_param_delta_norm double?",
            "total_param_distance double?", "num_new_minima long", "longest_plateau int", "improvement_ratio double",
            "processing_date date", "first_10_mean_energy double", "first_10_energy_slope double?",
            "last_10_mean_energy double", "time_per_iteration double",
        ],
    };

    public static readonly string[] ProcessingMetadata =
    [
        "processing_batch_id string", "processing_name string", "processing_timestamp timestamptz",
        "processing_date date", "table_names list<string>", "table_versions list<string>",
        "record_counts list<long>", "source_data_info string",
    ];

    public static string NameOf(string entry) => entry[..entry.LastIndexOf(' ')];
}
