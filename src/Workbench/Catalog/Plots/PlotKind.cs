namespace Lineage.Workbench.Catalog.Plots;

/// <summary>Which plot an asset's page offers.</summary>
public enum PlotKind
{
    None,

    /// <summary>Energy against iteration step per experiment, with its cumulative minimum (ml_iteration_features).</summary>
    EnergyByIteration,

    /// <summary>The distribution of a per-experiment convergence measure over experiments (ml_run_summary).</summary>
    SummaryDistribution,
}
