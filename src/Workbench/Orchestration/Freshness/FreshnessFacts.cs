namespace Lineage.Workbench.Orchestration.Freshness;

/// <summary>What the catalog holds for the freshness window: upstream records by upstream asset, newest materializations by (asset, partition).</summary>
internal sealed record FreshnessFacts(
    ILookup<string, UpstreamRecord> UpstreamByAsset,
    IReadOnlyDictionary<(string Asset, string Partition), LatestMaterialization> Latest);
