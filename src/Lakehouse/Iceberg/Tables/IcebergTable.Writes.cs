using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Parquet.Data;

namespace Lineage.Lakehouse.Iceberg.Tables;

public sealed partial class IcebergTable
{
    /// <summary>
    /// Writes the rows as Parquet data files of the current schema and partition spec: one file per partition tuple
    /// (ZSTD, Iceberg field ids), described with metrics from its footer. Nothing is committed: pass the files to
    /// <see cref="AppendAsync"/> or <see cref="ReplacePartitionsAsync"/>. Batch columns are matched by name; a
    /// missing optional column is written as nulls.
    /// </summary>
    public async Task<IReadOnlyList<DataFile>> WriteDataFilesAsync(IEnumerable<RecordBatch> batches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var metadata = Metadata;
        await using var writer = new PartitionedFileWriter(_io, _layout, metadata.CurrentSchema, metadata.DefaultSpec);
        foreach (var batch in batches)
            await writer.WriteAsync(batch, cancellationToken);
        return await writer.FinishAsync(cancellationToken);
    }

    /// <summary>Commits a snapshot (operation <c>append</c>) that adds the files.</summary>
    public Task<CommitResult> AppendAsync(IReadOnlyList<DataFile> files, CommitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var producer = new SnapshotProducer(_io, _layout);
        return CommitAsync((state, attempt, token) =>
            producer.ProduceAsync(state, attempt, SnapshotProducer.Append, files, null, options ?? new CommitOptions(), token), cancellationToken);
    }

    /// <summary>
    /// Commits a snapshot (operation <c>overwrite</c>) that deletes every live file of the partitions the files
    /// belong to and adds the files: writing a partition this way twice leaves the same rows.
    /// </summary>
    public Task<CommitResult> ReplacePartitionsAsync(IReadOnlyList<DataFile> files, CommitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var producer = new SnapshotProducer(_io, _layout);
        var partitions = files.Select(f => f.Partition).ToList();
        return CommitAsync((state, attempt, token) =>
            producer.ProduceAsync(state, attempt, SnapshotProducer.Overwrite, files, partitions, options ?? new CommitOptions(), token), cancellationToken);
    }

    /// <summary>Commits a snapshot (operation <c>delete</c>) that deletes every live file of the partitions.</summary>
    public Task<CommitResult> DeletePartitionsAsync(IReadOnlyList<PartitionData> partitions, CommitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitions);
        var producer = new SnapshotProducer(_io, _layout);
        return CommitAsync((state, attempt, token) =>
            producer.ProduceAsync(state, attempt, SnapshotProducer.Delete, [], partitions, options ?? new CommitOptions(), token), cancellationToken);
    }

    /// <summary>
    /// Commits a snapshot (operation <c>delete</c>) that adds position or equality delete files already written under
    /// the table's location; scans of it leave out the rows they delete from older data files.
    /// </summary>
    internal Task<CommitResult> CommitDeleteFilesAsync(IReadOnlyList<DataFile> deleteFiles, CommitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deleteFiles);
        var producer = new SnapshotProducer(_io, _layout);
        return CommitAsync((state, attempt, token) =>
            producer.ProduceAsync(state, attempt, SnapshotProducer.Delete, [], null, options ?? new CommitOptions(), token, deleteFiles), cancellationToken);
    }

    /// <summary>Commits a new metadata version with a tag at the snapshot (no new snapshot).</summary>
    /// <exception cref="TableRefException">The snapshot is unknown or the name is taken by another snapshot or a branch.</exception>
    public Task<CommitResult> CreateTagAsync(string name, long snapshotId, CancellationToken cancellationToken = default) =>
        CreateRefAsync(name, SnapshotRef.Tag(snapshotId), cancellationToken);

    /// <summary>Commits a new metadata version with a branch at the snapshot (no new snapshot).</summary>
    /// <exception cref="TableRefException">The snapshot is unknown or the name is taken.</exception>
    public Task<CommitResult> CreateBranchAsync(string name, long snapshotId, CancellationToken cancellationToken = default) =>
        CreateRefAsync(name, SnapshotRef.Branch(snapshotId), cancellationToken);

    private Task<CommitResult> CreateRefAsync(string name, SnapshotRef reference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return CommitAsync((state, _, _) =>
        {
            var metadata = state.Metadata;
            var snapshot = metadata.SnapshotById(reference.SnapshotId)
                ?? throw new TableRefException(Location, $"cannot create {reference.Type} '{name}': the table has no snapshot {reference.SnapshotId}");
            if (metadata.Refs.TryGetValue(name, out var existing))
                throw new TableRefException(Location, $"cannot create {reference.Type} '{name}': a {existing.Type} of that name already points at snapshot {existing.SnapshotId}; pick another name");
            var next = metadata with
            {
                LastUpdatedMs = Math.Max(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), metadata.LastUpdatedMs),
                Refs = new Dictionary<string, SnapshotRef>(metadata.Refs) { [name] = reference },
            };
            var result = new CommitResult(snapshot.SnapshotId, snapshot.SequenceNumber, 0, reference.Type, snapshot.Summary, 0);
            return Task.FromResult(new PendingCommit(next, [], result));
        }, cancellationToken);
    }
}
