using Lineage.Assets.Keys;
using Lineage.Materializers.Checks;

namespace Lineage.Materializers.Recording;

/// <summary>Where materializations, source observations and check results are kept (the catalog database).</summary>
public interface IMaterializationLog
{
    Task RecordMaterializationAsync(MaterializationRecord record, CancellationToken cancellationToken);

    Task RecordObservationAsync(SourceObservationRecord observation, CancellationToken cancellationToken);

    Task RecordChecksAsync(IReadOnlyList<CheckResult> results, CancellationToken cancellationToken);

    /// <summary>The newest materialization of the asset partition, or null.</summary>
    Task<MaterializationRecord?> LatestMaterializationAsync(AssetKey asset, string partition, CancellationToken cancellationToken);

    /// <summary>The newest observation of the source partition, or null.</summary>
    Task<SourceObservationRecord?> LatestObservationAsync(AssetKey asset, string partition, CancellationToken cancellationToken);

    /// <summary>
    /// The newest result of each (asset, check, partition) among the assets, optionally of one partition, ordered by
    /// asset, check name and partition.
    /// </summary>
    Task<IReadOnlyList<CheckResult>> LatestChecksAsync(IReadOnlyCollection<AssetKey> assets, string? partition, CancellationToken cancellationToken);
}
