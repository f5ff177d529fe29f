namespace Lineage.Materializers.Generation;

/// <summary>A SciPy optimiser runs use, how often, and what its result reports.</summary>
internal sealed record OptimizerProfile(string Name, int Weight, bool ReportsMaxcv, IterationCounting Counting)
{
    public static IReadOnlyList<OptimizerProfile> All { get; } =
    [
        new("L-BFGS-B", 30, ReportsMaxcv: false, IterationCounting.PerGradient),
        new("COBYLA", 30, ReportsMaxcv: true, IterationCounting.NotReported),
        new("SLSQP", 15, ReportsMaxcv: false, IterationCounting.PerGradient),
        new("Nelder-Mead", 10, ReportsMaxcv: false, IterationCounting.PerStep),
        new("Powell", 8, ReportsMaxcv: false, IterationCounting.PerStep),
    ];

    public int? IterationsFor(RandomSource random, int evaluations, int parameters) => Counting switch
    {
        IterationCounting.PerGradient => Math.Max(1, evaluations / (parameters + 1)),
        IterationCounting.PerStep => Math.Max(1, (int)(evaluations * random.Uniform(0.5, 0.8))),
        _ => null,
    };
}
