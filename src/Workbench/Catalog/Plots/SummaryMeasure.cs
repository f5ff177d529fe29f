namespace Lineage.Workbench.Catalog.Plots;

/// <summary>A numeric column of ml_run_summary whose distribution over experiments tells how runs converge.</summary>
public sealed record SummaryMeasure(string Column, string Title)
{
    public static IReadOnlyList<SummaryMeasure> All { get; } =
    [
        new("convergence_iteration", "Iterations to convergence (last new minimum)"),
        new("energy_range", "Energy range (max − min energy)"),
        new("improvement_ratio", "Improvement ratio (new minima ÷ iterations)"),
        new("longest_plateau", "Longest plateau (steps without improvement)"),
        new("final_energy", "Final energy"),
        new("time_per_iteration", "VQE time per iteration (s)"),
    ];

    public static SummaryMeasure Find(string column) =>
        All.FirstOrDefault(m => m.Column == column)
        ?? throw new ArgumentException($"'{column}' is not a plotted measure of ml_run_summary; choose one of {string.Join(", ", All.Select(m => m.Column))}");
}
