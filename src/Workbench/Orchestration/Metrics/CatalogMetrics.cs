using Lineage.Workbench.Storage.Runs;

namespace Lineage.Workbench.Orchestration.Metrics;

/// <summary>What the catalog database says at one moment about runs, steps and checks; every status is present, 0 when unused.</summary>
public sealed record CatalogMetrics(
    IReadOnlyDictionary<RunStatus, long> Runs,
    IReadOnlyDictionary<StepStatus, long> Steps,
    long QueueDepth,
    IReadOnlyList<double> RecentStepSeconds,
    long FailedSteps,
    IReadOnlyList<CheckFailureCount> CheckFailures);
