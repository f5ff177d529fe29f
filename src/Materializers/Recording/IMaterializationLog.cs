using Lineage.Assets.Keys;
using Lineage.Materializers.Checks;

namespace Lineage.Materializers.Recording;

/// <summary>Where materializations, source observations and check results are kept (the catalog database).</summary>
public interface IMaterializationLog
{
    Task RecordMaterializationAsync(MaterializationRecord record, CancellationToken cancellationToken);

    Task RecordObservationAsync(SourceObservationRecord observation, CancellationToken cancellationToken);

    Task RecordChecksAsync(IReadOnlyList<CheckResult> results, CancellationToken cancellationToken);

    /// <summary>The latest materialization of the asset partition — the one committed last (highest sequence number) — or null.</summary>
    Task<MaterializationRecord?> LatestMaterializationAsync(AssetKey asset, string partition, CancellationToken cancellationToken);

    /// <summary>The newest observation of the source partition, or null.</summary>
    Task<SourceObservationRecord?> LatestObservationAsync(AssetKey asset, string partition, CancellationToken cancellationToken);

    /// <summary>
    /// The newest result of each (asset, check, partition) among the assets, optionally of one partition, ordered by
    /// asset, check name and partition.
    /// </summary>
    Task<IReadOnlyList<CheckResult>> LatestChecksAsync(IReadOnlyCollection<AssetKey> assets, string? partition, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the commit journal's intent for a commit group of a batch, before its first commit, unless another batch
    /// holds the same group of the same partition unfinished: then nothing is written and that batch is returned.
    /// </summary>
    Task<BatchIntent?> BeginBatchAsync(BatchIntent intent, CancellationToken cancellationToken);

    /// <summary>The group's owner is still at work.</summary>
    Task TouchBatchAsync(BatchIntent intent, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Ends the group's journal entry. A rolled-back group also loses the batch's materializations of its tables (and
    /// the check results linked to them), in the same transaction: the catalog keeps no record of commits the tables
    /// no longer hold.
    /// </summary>
    Task EndBatchAsync(BatchIntent intent, BatchEnd end, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The commit groups begun and not ended, of one partition or of all, oldest first.</summary>
    Task<IReadOnlyList<BatchIntent>> UnfinishedBatchesAsync(string? partition, CancellationToken cancellationToken);
}
