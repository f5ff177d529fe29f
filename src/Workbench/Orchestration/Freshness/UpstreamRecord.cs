namespace Lineage.Workbench.Orchestration.Freshness;

/// <summary>
/// Something an upstream asset partition recorded: a materialization (committed at <see cref="RecordedAt"/>; no data
/// version needed) or an observation of a source (with the data version it saw and whether it found any data).
/// </summary>
internal sealed record UpstreamRecord(string Asset, string Partition, DateTimeOffset RecordedAt, string? DataVersion, bool HasData);
