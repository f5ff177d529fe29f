namespace Lineage.Workbench.Orchestration.Schedules;

/// <summary>A <c>Lineage:Schedules</c> setting cannot be used; the message names the key, its value and what to write instead.</summary>
public sealed class ScheduleConfigurationException(string message) : Exception(message);
