namespace Lineage.Materializers.Generation;

/// <summary>What <see cref="SyntheticVqeGenerator.WriteAsync"/> wrote: the folder, totals, re-runs and every day of the range.</summary>
public sealed record GenerationSummary(string Folder, int Files, long Bytes, int Reruns, long Seed, IReadOnlyList<GenerationDay> Days);
