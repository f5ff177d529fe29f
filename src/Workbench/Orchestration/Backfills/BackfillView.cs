namespace Lineage.Workbench.Orchestration.Backfills;

/// <summary>
/// A backfill as the API, the CLI and the pages show it: its runs, its asset partitions counted by status and, when
/// asked for one backfill, each date's status (lists leave <see cref="Partitions"/> empty).
/// </summary>
public sealed record BackfillView(
    long Id,
    string Selection,
    DateOnly From,
    DateOnly To,
    string Status,
    string? LaunchedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<long> RunIds,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<BackfillPartitionView> Partitions);
