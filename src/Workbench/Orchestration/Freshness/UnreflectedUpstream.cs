using Lineage.Assets.Keys;

namespace Lineage.Workbench.Orchestration.Freshness;

/// <summary>
/// Finds the oldest upstream record an asset has not caught up with. Partitions map one to one (an asset partition
/// reads the same partition of each parent). A record is unreflected when the asset partition was never materialized
/// (and the record holds data), or when it was recorded after the asset partition's newest materialization started —
/// for a source observation only when its data version differs from the one that materialization read.
/// </summary>
internal static class UnreflectedUpstream
{
    public static UpstreamRecord? Oldest(AssetKey asset, IReadOnlyList<AssetKey> parents, FreshnessFacts facts)
    {
        UpstreamRecord? oldest = null;
        foreach (var parent in parents)
        foreach (var record in facts.UpstreamByAsset[parent.Value])
        {
            if (IsUnreflected(record, facts.Latest.GetValueOrDefault((asset.Value, record.Partition)))
                && (oldest is null || record.RecordedAt < oldest.RecordedAt))
                oldest = record;
        }
        return oldest;
    }

    private static bool IsUnreflected(UpstreamRecord record, LatestMaterialization? latest)
    {
        if (latest is null)
            return record.HasData;
        if (record.RecordedAt <= latest.StartedAt)
            return false;
        return record.DataVersion is null || latest.UpstreamDataVersions.GetValueOrDefault(record.Asset) != record.DataVersion;
    }
}
