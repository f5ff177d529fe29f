namespace Lineage.Workbench.Storage;

/// <summary>What runs are doing or last did to one asset partition: an unfinished step, or the newest failed attempt.</summary>
public sealed record StepActivity(string AssetKey, string Partition, long RunId, string Status, DateTimeOffset? FinishedAt, string? Error);
