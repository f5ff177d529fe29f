namespace Lineage.Materializers.Generation;

/// <summary>How many files (and bytes) landed on one UTC day.</summary>
public sealed record GenerationDay(DateOnly Date, int Files, long Bytes);
