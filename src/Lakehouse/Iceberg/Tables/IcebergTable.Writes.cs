using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Apache.Arrow;

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
        await using var writer = new PartitionedFileWriter(_io, _layout, metadata.CurrentSchema, metadata.DefaultSpec, RowGroupSize(metadata));
        foreach (var batch in batches)
            await writer.WriteAsync(batch, cancellationToken);
        return await writer.FinishAsync(cancellationToken);
    }

    /// <summary>
    /// Opens a writer of Parquet data files of the current schema and partition spec for rows that arrive in batches;
    /// its memory is bounded by one row group per open partition (table property
    /// <c>write.parquet.row-group-size-bytes</c>), not by the number of rows. Nothing is committed.
    /// </summary>
    public DataFileWriter NewDataFileWriter()
    {
        var metadata = Metadata;
        return new DataFileWriter(new PartitionedFileWriter(_io, _layout, metadata.CurrentSchema, metadata.DefaultSpec, RowGroupSize(metadata)));
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
            producer.ProduceAsync(state, attempt, SnapshotProducer.Overwrite, files, type => PartitionDeletion.Create(type, partitions, null),
                options ?? new CommitOptions(), token), cancellationToken);
    }

    /// <summary>
    /// Commits a snapshot (operation <c>overwrite</c>) that deletes every live file whose partition has the given
    /// identity-partition values (e.g. <c>processing_date = 2026-11-20</c>, whatever the other partition columns) and
    /// adds the files, which must all lie inside that filter. With no files it empties that slice of the table.
    /// </summary>
    /// <exception cref="ArgumentException">A key is not an identity partition column, or a file lies outside the filter.</exception>
    public Task<CommitResult> OverwritePartitionsAsync(
        IReadOnlyList<DataFile> files, IReadOnlyDictionary<string, object?> partitionEquals, CommitOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(partitionEquals);
        if (partitionEquals.Count == 0)
            throw new ArgumentException("name at least one partition column to overwrite; an empty filter would replace the whole table", nameof(partitionEquals));
        var metadata = Metadata;
        var constraints = Constraints(metadata.DefaultSpec, ResolvePartitionEquals(metadata, partitionEquals));
        if (constraints.Count == 0)
            throw new ArgumentException($"only identity partition columns can be overwritten by value; {string.Join(", ", partitionEquals.Keys)} of table {Location} is partitioned by a transform", nameof(partitionEquals));
        var deletion = PartitionDeletion.Create(metadata.DefaultSpec.PartitionType(metadata.CurrentSchema), null, constraints);
        if (files.FirstOrDefault(f => !deletion.SatisfiesConstraints(f.Partition)) is { } outside)
            throw new ArgumentException($"data file {outside.FilePath} is in partition {outside.Partition}, outside the overwritten partitions ({string.Join(", ", partitionEquals.Select(p => $"{p.Key}={p.Value}"))})");
        var producer = new SnapshotProducer(_io, _layout);
        var operation = files.Count == 0 ? SnapshotProducer.Delete : SnapshotProducer.Overwrite;
        return CommitAsync((state, attempt, token) =>
            producer.ProduceAsync(state, attempt, operation, files, type => PartitionDeletion.Create(type, null, constraints),
                options ?? new CommitOptions(), token), cancellationToken);
    }

    /// <summary>Commits a snapshot (operation <c>delete</c>) that deletes every live file of the partitions.</summary>
    public Task<CommitResult> DeletePartitionsAsync(IReadOnlyList<PartitionData> partitions, CommitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitions);
        var producer = new SnapshotProducer(_io, _layout);
        return CommitAsync((state, attempt, token) =>
            producer.ProduceAsync(state, attempt, SnapshotProducer.Delete, [], type => PartitionDeletion.Create(type, partitions, null),
                options ?? new CommitOptions(), token), cancellationToken);
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

    /// <summary>
    /// Undoes a snapshot of this table that nobody has built on: the main branch goes back to its parent (no snapshot
    /// at all when it was the first) and the tag naming it is removed, in one new metadata version. The undone
    /// snapshot stays in the metadata until snapshots are expired.
    /// </summary>
    /// <exception cref="TableRefException">The main branch no longer points at the snapshot.</exception>
    public Task<CommitResult> UndoSnapshotAsync(long snapshotId, string? tag = null, CancellationToken cancellationToken = default)
    {
        return CommitAsync((state, _, _) =>
        {
            var metadata = state.Metadata;
            if (metadata.CurrentSnapshotId != snapshotId)
                throw new TableRefException(Location,
                    $"cannot undo snapshot {snapshotId}: the main branch has moved on to snapshot {metadata.CurrentSnapshotId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}");
            var parent = metadata.SnapshotById(snapshotId)!.ParentSnapshotId;
            var refs = new Dictionary<string, SnapshotRef>(metadata.Refs);
            if (tag is not null && refs.TryGetValue(tag, out var tagged) && tagged.SnapshotId == snapshotId)
                refs.Remove(tag);
            if (parent is { } previous)
                refs[SnapshotRef.MainBranch] = refs[SnapshotRef.MainBranch] with { SnapshotId = previous };
            else
                refs.Remove(SnapshotRef.MainBranch);
            var now = Math.Max(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), metadata.LastUpdatedMs);
            var next = metadata with
            {
                LastUpdatedMs = now,
                CurrentSnapshotId = parent,
                Refs = refs,
                SnapshotLog = parent is { } p ? [.. metadata.SnapshotLog, new SnapshotLogEntry(now, p)] : [],
            };
            var snapshot = parent is { } id ? metadata.SnapshotById(id) : null;
            var result = new CommitResult(parent ?? -1, snapshot?.SequenceNumber ?? 0, 0, "rollback", snapshot?.Summary ?? new Dictionary<string, string>(), 0);
            return Task.FromResult(new PendingCommit(next, [], result));
        }, cancellationToken);
    }

    /// <summary>The row-group size of new data files: the table property, else 64 MiB.</summary>
    private static long RowGroupSize(TableMetadata metadata) =>
        metadata.Properties.TryGetValue(RowGroupSizeProperty, out var text)
        && long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bytes) && bytes > 0
            ? bytes
            : new Parquet.ArrowParquetWriterOptions().RowGroupSize;

    /// <summary>The Iceberg table property that sets the target size of a Parquet row group.</summary>
    public const string RowGroupSizeProperty = "write.parquet.row-group-size-bytes";
}
