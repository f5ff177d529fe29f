namespace Lineage.Workbench.Orchestration.Freshness;

/// <summary>A <c>Lineage:Freshness</c> setting that cannot be used; the message names the setting and what to write instead.</summary>
public sealed class FreshnessConfigurationException(string message) : Exception(message);
