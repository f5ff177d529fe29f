namespace Lineage.Workbench.Cli.Remote;

/// <summary>A backfill as the workbench reports it: its runs, step counts by status overall and per partition.</summary>
public sealed record BackfillProgress(
    long Id,
    string Selection,
    string From,
    string To,
    string Status,
    string? LaunchedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<long> RunIds,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<BackfillPartitionProgress> Partitions);
