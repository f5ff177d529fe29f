namespace Lineage.Materializers.Checks;

/// <summary>Names of the quantum table columns the checks read.</summary>
internal static class QuantumColumns
{
    public const string ExperimentId = "experiment_id";
    public const string IterationStep = "iteration_step";
    public const string CumulativeMinEnergy = "cumulative_min_energy";
    public const string RelativeIteration = "relative_iteration";

    /// <summary>The columns with experiment_id in front unless they hold it already (to follow experiments while reading).</summary>
    public static IReadOnlyList<string> WithExperimentId(IReadOnlyList<string> columns) =>
        columns.Contains(ExperimentId) ? columns : [ExperimentId, .. columns];
}
