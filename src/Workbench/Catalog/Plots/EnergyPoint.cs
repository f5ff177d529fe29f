namespace Lineage.Workbench.Catalog.Plots;

/// <summary>An energy at an iteration step.</summary>
public sealed record EnergyPoint(int Iteration, double Energy);
