using Lineage.Assets.Keys;

namespace Lineage.Assets.Staleness;

/// <summary>One reason an asset partition is stale; <see cref="Dependency"/> is the upstream asset involved, if any.</summary>
public sealed record StaleCause(
    StaleCauseKind Kind,
    AssetKey Asset,
    string PartitionKey,
    AssetKey? Dependency,
    string Message)
{
    internal static StaleCause CodeVersionChanged(AssetKey asset, string partition, string? used, string? current) =>
        new(StaleCauseKind.CodeVersionChanged, asset, partition, null,
            $"Code version of {asset} changed: partition {partition} was materialized with {Show(used)}, the code is now {Show(current)}.");

    internal static StaleCause UpstreamMissing(AssetKey asset, string partition, AssetKey dependency, bool isSource) =>
        new(StaleCauseKind.UpstreamMissing, asset, partition, dependency, isSource
            ? $"Source {dependency} has not been observed for partition {partition}."
            : $"Upstream asset {dependency} has no materialization for partition {partition}.");

    internal static StaleCause UpstreamNewer(
        AssetKey asset, string partition, AssetKey dependency, DataVersion? used, DataVersion current) =>
        new(StaleCauseKind.UpstreamNewer, asset, partition, dependency,
            $"Upstream asset {dependency} partition {partition} is now at data version {Show(current.Value)}; " +
            $"{asset} was materialized from {Show(used?.Value)}.");

    internal static StaleCause SourceDataChanged(
        AssetKey asset, string partition, AssetKey dependency, DataVersion? used, DataVersion current) =>
        new(StaleCauseKind.SourceDataChanged, asset, partition, dependency,
            $"Source {dependency} partition {partition} changed: now at data version {Show(current.Value)}; " +
            $"{asset} was materialized from {Show(used?.Value)}.");

    internal static StaleCause UpstreamStale(AssetKey asset, string partition, AssetKey dependency) =>
        new(StaleCauseKind.UpstreamStale, asset, partition, dependency,
            $"Upstream asset {dependency} is stale for partition {partition}.");

    private static string Show(string? version) => version is null ? "no recorded version" : $"'{version}'";
}
