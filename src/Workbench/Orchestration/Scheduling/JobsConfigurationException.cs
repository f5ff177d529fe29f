namespace Lineage.Workbench.Orchestration.Scheduling;

/// <summary>The <c>Lineage:Jobs</c> settings cannot work together or with the catalog database.</summary>
public sealed class JobsConfigurationException(string message) : Exception(message);
