namespace Lineage.Workbench.Orchestration.Metrics;

/// <summary>How many partitions of an asset have a failing latest result of one check.</summary>
public sealed record CheckFailureCount(string Asset, string Check, long FailingPartitions);
