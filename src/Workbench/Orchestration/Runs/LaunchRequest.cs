using Lineage.Workbench.Storage.Runs;

namespace Lineage.Workbench.Orchestration.Runs;

/// <summary>
/// What to run: a selection over date partitions; with <see cref="StaleOnly"/> only the missing or stale asset
/// partitions; with <see cref="Only"/> only those asset partitions (<c>{asset key}@{partition}</c>) of the plan.
/// </summary>
public sealed record LaunchRequest(
    string Selection,
    IReadOnlyList<DateOnly> Partitions,
    RunTrigger Trigger = RunTrigger.Manual,
    bool StaleOnly = false,
    string? LaunchedBy = null,
    long? BackfillId = null,
    long? ParentRunId = null,
    IReadOnlySet<string>? Only = null)
{
    public static string StepKey(string asset, string partition) => $"{asset}@{partition}";
}
