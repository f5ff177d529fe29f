namespace Lineage.Materializers.Tables.Ml;

/// <summary>
/// The columns constant within an experiment that both ML tables carry: molecule, configuration, outcome and
/// timings. Null where the context table had no row for the experiment.
/// </summary>
internal sealed record ExperimentDescription(
    string? MoleculeName,
    int? NumAtoms,
    int? NumQubits,
    int? Charge,
    int? Multiplicity,
    string? BasisSet,
    string? Optimizer,
    string? AnsatzType,
    int? AnsatzReps,
    string? InitStrategy,
    int? Seed,
    int? DefaultShots,
    int? TotalIterations,
    double? FinalEnergy,
    bool? Converged,
    double? VqeTime,
    double? TotalTime)
{
    /// <summary>The columns as named in ml_iteration_features.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "molecule_name", "num_atoms", "num_qubits", "charge", "multiplicity", "basis_set", "optimizer", "ansatz_type",
        "ansatz_reps", "init_strategy", "seed", "default_shots", "total_iterations", "final_energy", "converged",
        "vqe_time", "total_time",
    ];

    /// <summary>One row of the left join of an experiment's iterations with its context rows (null: no match).</summary>
    public static ExperimentDescription Join(ResultContext? result, AnsatzContext? ansatz, MoleculeContext? molecule, TimingContext? timing) =>
        new(
            molecule?.MoleculeName, molecule?.NumAtoms, result?.NumQubits, molecule?.Charge, molecule?.Multiplicity,
            ansatz?.BasisSet, result?.Optimizer, ansatz?.AnsatzName, result?.AnsatzReps, ansatz?.InitStrategy,
            result?.Seed, result?.DefaultShots, result?.TotalIterations, result?.MinimumEnergy, result?.Success,
            timing?.VqeTime, timing?.TotalTime);

    /// <summary>
    /// The columns whose null drops a joined row: molecule_name, optimizer, basis_set and num_qubits (a context
    /// table lacks the experiment), and the timings, which the table requires and only performance_metrics gives.
    /// </summary>
    public IReadOnlyList<string> NullRequiredColumns()
    {
        if (MoleculeName is not null && Optimizer is not null && BasisSet is not null && NumQubits is not null
            && VqeTime is not null && TotalTime is not null)
            return [];
        var missing = new List<string>();
        if (MoleculeName is null) missing.Add("molecule_name");
        if (Optimizer is null) missing.Add("optimizer");
        if (BasisSet is null) missing.Add("basis_set");
        if (NumQubits is null) missing.Add("num_qubits");
        if (VqeTime is null) missing.Add("vqe_time");
        if (TotalTime is null) missing.Add("total_time");
        return missing;
    }

    /// <summary>molecule_name through default_shots, in table order.</summary>
    public void AppendConfiguration(TableRows rows) =>
        rows.String(MoleculeName).Int(NumAtoms).Int(NumQubits).Int(Charge).Int(Multiplicity).String(BasisSet)
            .String(Optimizer).String(AnsatzType).Int(AnsatzReps).String(InitStrategy).Int(Seed).Int(DefaultShots);

    /// <summary>total_iterations, final_energy, converged.</summary>
    public void AppendOutcome(TableRows rows) => rows.Int(TotalIterations).Double(FinalEnergy).Boolean(Converged);

    /// <summary>vqe_time, total_time.</summary>
    public void AppendTimings(TableRows rows) => rows.Double(VqeTime).Double(TotalTime);

    /// <summary>Reads the description from ml_iteration_features rows.</summary>
    public static Func<int, ExperimentDescription> Reader(BatchColumns columns)
    {
        var moleculeName = columns.Strings("molecule_name");
        var numAtoms = columns.Ints("num_atoms");
        var numQubits = columns.Ints("num_qubits");
        var charge = columns.Ints("charge");
        var multiplicity = columns.Ints("multiplicity");
        var basisSet = columns.Strings("basis_set");
        var optimizer = columns.Strings("optimizer");
        var ansatzType = columns.Strings("ansatz_type");
        var ansatzReps = columns.Ints("ansatz_reps");
        var initStrategy = columns.Strings("init_strategy");
        var seed = columns.Ints("seed");
        var defaultShots = columns.Ints("default_shots");
        var totalIterations = columns.Ints("total_iterations");
        var finalEnergy = columns.Doubles("final_energy");
        var converged = columns.Booleans("converged");
        var vqeTime = columns.Doubles("vqe_time");
        var totalTime = columns.Doubles("total_time");
        return row => new ExperimentDescription(
            BatchColumns.String(moleculeName, row), BatchColumns.Value(numAtoms, row), BatchColumns.Value(numQubits, row),
            BatchColumns.Value(charge, row), BatchColumns.Value(multiplicity, row), BatchColumns.String(basisSet, row),
            BatchColumns.String(optimizer, row), BatchColumns.String(ansatzType, row), BatchColumns.Value(ansatzReps, row),
            BatchColumns.String(initStrategy, row), BatchColumns.Value(seed, row), BatchColumns.Value(defaultShots, row),
            BatchColumns.Value(totalIterations, row), BatchColumns.Value(finalEnergy, row), BatchColumns.Value(converged, row),
            BatchColumns.Value(vqeTime, row), BatchColumns.Value(totalTime, row));
    }
}
