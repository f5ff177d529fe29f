namespace Lineage.Workbench.Catalog.Plots;

/// <summary>An experiment a plot can show, with a label people recognise (molecule, basis set, optimizer, short id).</summary>
public sealed record ExperimentChoice(string ExperimentId, string Label);
