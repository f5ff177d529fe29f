namespace Lineage.Materializers.Tables.Ml;

/// <summary>The ml_iteration_features columns that vary within an experiment and that the run summary aggregates.</summary>
internal readonly record struct FeatureRow(
    int Step,
    double Energy,
    double? EnergyDelta,
    double? ParameterDeltaNorm,
    bool IsNewMinimum,
    int StepsSinceImprovement)
{
    /// <summary>The columns read besides experiment_id.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["iteration_step", "energy", "energy_delta", "parameter_delta_norm", "is_new_minimum", "steps_since_improvement"];

    public static Func<int, FeatureRow> Reader(BatchColumns columns)
    {
        var step = columns.Ints("iteration_step");
        var energy = columns.Doubles("energy");
        var delta = columns.Doubles("energy_delta");
        var norm = columns.Doubles("parameter_delta_norm");
        var isNew = columns.Booleans("is_new_minimum");
        var steps = columns.Ints("steps_since_improvement");
        return row => new FeatureRow(
            columns.Require(step, "iteration_step", row),
            columns.Require(energy, "energy", row),
            BatchColumns.Value(delta, row),
            BatchColumns.Value(norm, row),
            columns.Require(isNew, "is_new_minimum", row),
            columns.Require(steps, "steps_since_improvement", row));
    }
}
