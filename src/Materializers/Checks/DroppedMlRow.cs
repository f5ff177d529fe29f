namespace Lineage.Materializers.Checks;

/// <summary>A joined ml_iteration_features row dropped because required context columns were null.</summary>
public sealed record DroppedMlRow(string ExperimentId, int IterationStep, IReadOnlyList<string> NullColumns);
