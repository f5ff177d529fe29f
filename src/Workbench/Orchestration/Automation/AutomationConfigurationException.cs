namespace Lineage.Workbench.Orchestration.Automation;

/// <summary>A <c>Lineage:Automation</c> setting cannot be used; the message names the key, its value and what to write instead.</summary>
public sealed class AutomationConfigurationException(string message) : Exception(message);
