namespace Lineage.Materializers.Checks;

/// <summary>A raw file whose experiment also came in a file that landed later in the same partition, which won.</summary>
public sealed record SupersededFile(string File, string ExperimentId, string SupersededBy);
