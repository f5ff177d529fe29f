namespace Lineage.Workbench.Orchestration.Alerts;

/// <summary>The <c>Lineage:Alerts</c> configuration cannot be used; the message names the key and what to set.</summary>
public sealed class AlertConfigurationException(string message) : Exception(message);
