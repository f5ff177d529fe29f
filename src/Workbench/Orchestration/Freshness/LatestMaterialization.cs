namespace Lineage.Workbench.Orchestration.Freshness;

/// <summary>The newest materialization of an asset partition: when it started reading, and the upstream data versions it read.</summary>
internal sealed record LatestMaterialization(DateTimeOffset StartedAt, IReadOnlyDictionary<string, string> UpstreamDataVersions);
