namespace Lineage.Workbench.Catalog.Plots;

/// <summary>One experiment's energy per iteration step and the cumulative minimum energy per step, both ordered by step.</summary>
public sealed record EnergySeries(
    string ExperimentId, string Label, IReadOnlyList<EnergyPoint> Energy, IReadOnlyList<EnergyPoint> CumulativeMinimum);
