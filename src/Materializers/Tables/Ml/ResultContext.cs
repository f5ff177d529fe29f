namespace Lineage.Materializers.Tables.Ml;

/// <summary>The vqe_results columns an experiment's ML rows carry.</summary>
internal sealed record ResultContext(
    string? Optimizer,
    int? NumQubits,
    int? AnsatzReps,
    int? Seed,
    int? DefaultShots,
    int? TotalIterations,
    double? MinimumEnergy,
    bool? Success)
{
    public static IReadOnlyList<string> Columns { get; } =
        ["optimizer", "num_qubits", "ansatz_reps", "seed", "default_shots", "total_iterations", "minimum_energy", "success"];

    public static Func<int, ResultContext> Reader(BatchColumns columns)
    {
        var optimizer = columns.Strings("optimizer");
        var qubits = columns.Ints("num_qubits");
        var reps = columns.Ints("ansatz_reps");
        var seed = columns.Ints("seed");
        var shots = columns.Ints("default_shots");
        var total = columns.Ints("total_iterations");
        var minimum = columns.Doubles("minimum_energy");
        var success = columns.Booleans("success");
        return row => new ResultContext(
            BatchColumns.String(optimizer, row),
            BatchColumns.Value(qubits, row),
            BatchColumns.Value(reps, row),
            BatchColumns.Value(seed, row),
            BatchColumns.Value(shots, row),
            BatchColumns.Value(total, row),
            BatchColumns.Value(minimum, row),
            BatchColumns.Value(success, row));
    }
}
