namespace Lineage.Workbench.Tests.Orchestration.Scheduling;

/// <summary>One execution of a test job: which node ran it and whether Quartz was recovering it.</summary>
public sealed record JobExecution(string Node, bool Recovering);
