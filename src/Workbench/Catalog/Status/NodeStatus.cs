using Lineage.Workbench.Health;

namespace Lineage.Workbench.Catalog.Status;

/// <summary>
/// What the lineage graph shows of one asset: its status with the reason, its partition bar over the window, the
/// number of days per health, and its declared and failing checks.
/// </summary>
/// <param name="EvaluatedChecks">How many of its checks have a result in the window.</param>
/// <param name="FailingChecks">"check failed on date: summary" for each check whose newest result in the window failed.</param>
public sealed record NodeStatus(
    string Asset,
    PartitionHealth Health,
    string Reason,
    IReadOnlyList<PartitionRun> Bar,
    IReadOnlyDictionary<PartitionHealth, int> Counts,
    int DeclaredChecks,
    int EvaluatedChecks,
    IReadOnlyList<string> FailingChecks);
