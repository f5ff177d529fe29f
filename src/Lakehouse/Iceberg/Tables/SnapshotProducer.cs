using System.Globalization;
using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.IO;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// Builds one snapshot on a base version: a manifest of the added files, the parent's manifests carried over except
/// those holding live files of the partitions to delete, which are rewritten (those files DELETED by the new
/// snapshot, the others EXISTING with their original sequence numbers), the manifest list and the next metadata.
/// </summary>
internal sealed class SnapshotProducer(IFileIO io, TableLayout layout)
{
    public const string Append = "append";
    public const string Overwrite = "overwrite";
    public const string Delete = "delete";

    /// <param name="deletion">Which live files the snapshot deletes; null for a plain append.</param>
    /// <param name="addedDeletes">Position or equality delete files the snapshot adds, in a delete manifest of their own.</param>
    public async Task<PendingCommit> ProduceAsync(
        TableState @base, int attempt, string operation, IReadOnlyList<DataFile> added, Func<StructType, PartitionDeletion>? deletion,
        CommitOptions options, CancellationToken cancellationToken, IReadOnlyList<DataFile>? addedDeletes = null)
    {
        addedDeletes ??= [];
        var metadata = @base.Metadata;
        var schema = metadata.CurrentSchema;
        var spec = metadata.DefaultSpec;
        var partitionType = spec.PartitionType(schema);
        var sequenceNumber = metadata.LastSequenceNumber + 1;
        var snapshotId = NewSnapshotId(metadata);
        var commitId = Guid.NewGuid();
        var written = new List<string>();
        var manifests = new List<ManifestFile>();
        var targets = deletion?.Invoke(partitionType);
        var deleted = new List<DataFile>();

        foreach (var (files, kind) in new[] { (added, ManifestContent.Data), (addedDeletes, ManifestContent.Deletes) })
        {
            if (files.Count == 0)
                continue;
            var path = layout.Manifest(commitId, manifests.Count);
            var content = new MemoryStream();
            var writer = new ManifestWriter(content, schema, spec, snapshotId, sequenceNumber, content: kind);
            foreach (var file in files)
                writer.Add(file with { Partition = PartitionTuples.Normalize(partitionType, file.Partition) });
            var manifest = writer.Finish(path);
            written.Add(path);
            await ManifestFiles.WriteAsync(io, path, content, cancellationToken);
            manifests.Add(manifest);
        }

        if (metadata.CurrentSnapshot?.ManifestList is { } parentList)
        {
            foreach (var manifest in await ManifestFiles.ReadListAsync(io, parentList, cancellationToken))
            {
                if (HoldsOnlyDeletions(manifest))
                    continue;
                if (targets is null || targets.IsEmpty || manifest.Content != ManifestContent.Data || manifest.PartitionSpecId != spec.SpecId
                    || !targets.MayBeIn(manifest))
                {
                    manifests.Add(manifest);
                    continue;
                }
                var entries = await ManifestFiles.ReadEntriesAsync(io, manifest, cancellationToken);
                var hit = entries.Where(e => e.Status != ManifestEntryStatus.Deleted && targets.Matches(e.DataFile.Partition)).ToList();
                if (hit.Count == 0)
                {
                    manifests.Add(manifest);
                    continue;
                }
                var deletedHere = new HashSet<ManifestEntry>(hit, ReferenceEqualityComparer.Instance);
                var path = layout.Manifest(commitId, manifests.Count);
                var content = new MemoryStream();
                var writer = new ManifestWriter(content, schema, spec, snapshotId, sequenceNumber);
                foreach (var entry in entries.Where(e => e.Status != ManifestEntryStatus.Deleted))
                {
                    var sequence = entry.SequenceNumber ?? manifest.SequenceNumber;
                    var fileSequence = entry.FileSequenceNumber ?? sequence;
                    writer.Add(deletedHere.Contains(entry)
                        ? ManifestEntry.Deleted(snapshotId, sequence, fileSequence, entry.DataFile)
                        : ManifestEntry.Existing(entry.SnapshotId ?? manifest.AddedSnapshotId, sequence, fileSequence, entry.DataFile));
                }
                manifests.Add(writer.Finish(path));
                written.Add(path);
                await ManifestFiles.WriteAsync(io, path, content, cancellationToken);
                deleted.AddRange(hit.Select(e => e.DataFile));
            }
        }

        var listPath = layout.ManifestList(snapshotId, attempt, commitId);
        var listContent = new MemoryStream();
        using (var writer = new ManifestListWriter(listContent, snapshotId, metadata.CurrentSnapshotId, sequenceNumber))
        {
            foreach (var manifest in manifests)
                writer.Add(manifest);
        }
        written.Add(listPath);
        await ManifestFiles.WriteAsync(io, listPath, listContent, cancellationToken);

        var summary = Summary(operation, added, deleted, manifests, metadata.CurrentSnapshot, options, partitionType);
        AddDeleteTotals(summary, addedDeletes, metadata.CurrentSnapshot);
        var now = Math.Max(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), metadata.LastUpdatedMs);
        var snapshot = new Snapshot
        {
            SnapshotId = snapshotId,
            ParentSnapshotId = metadata.CurrentSnapshotId,
            SequenceNumber = sequenceNumber,
            TimestampMs = now,
            ManifestList = listPath,
            Summary = summary,
            SchemaId = schema.SchemaId,
        };
        var refs = new Dictionary<string, SnapshotRef>(metadata.Refs)
        {
            [SnapshotRef.MainBranch] = metadata.Refs.TryGetValue(SnapshotRef.MainBranch, out var main)
                ? main with { SnapshotId = snapshotId }
                : SnapshotRef.Branch(snapshotId),
        };
        if (options.Tag is { } tag)
            refs[tag] = SnapshotRef.Tag(snapshotId);
        var next = metadata with
        {
            LastSequenceNumber = sequenceNumber,
            LastUpdatedMs = now,
            CurrentSnapshotId = snapshotId,
            Snapshots = [.. metadata.Snapshots, snapshot],
            SnapshotLog = [.. metadata.SnapshotLog, new SnapshotLogEntry(now, snapshotId)],
            Refs = refs,
        };
        return new PendingCommit(next, written, new CommitResult(snapshotId, sequenceNumber, 0, operation, summary, 0));
    }

    /// <summary>A manifest whose every entry was deleted by its own snapshot describes no live file any more.</summary>
    private static bool HoldsOnlyDeletions(ManifestFile manifest) =>
        manifest.DeletedFilesCount > 0 && manifest.AddedFilesCount == 0 && manifest.ExistingFilesCount == 0;

    private static Dictionary<string, string> Summary(
        string operation, IReadOnlyList<DataFile> added, IReadOnlyList<DataFile> deleted, IReadOnlyList<ManifestFile> manifests,
        Snapshot? parent, CommitOptions options, Schemas.StructType partitionType)
    {
        var data = manifests.Where(m => m.Content == ManifestContent.Data).ToList();
        var summary = new Dictionary<string, string>(options.SnapshotProperties);
        void Set(string key, long value) => summary[key] = value.ToString(CultureInfo.InvariantCulture);
        summary["operation"] = operation;
        if (operation == Overwrite)
            summary["replace-partitions"] = "true";
        Set("added-data-files", added.Count);
        Set("added-records", added.Sum(f => f.RecordCount));
        Set("added-files-size", added.Sum(f => f.FileSizeInBytes));
        Set("deleted-data-files", deleted.Count);
        Set("deleted-records", deleted.Sum(f => f.RecordCount));
        Set("removed-files-size", deleted.Sum(f => f.FileSizeInBytes));
        Set("changed-partition-count", added.Concat(deleted).Select(f => PartitionTuples.Normalize(partitionType, f.Partition)).Distinct().Count());
        Set("total-records", data.Sum(m => m.AddedRowsCount + m.ExistingRowsCount));
        Set("total-data-files", data.Sum(m => (long)m.AddedFilesCount + m.ExistingFilesCount));
        if (parent is null || long.TryParse(parent.Summary.GetValueOrDefault("total-files-size"), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            var before = parent is null ? 0 : long.Parse(parent.Summary["total-files-size"], CultureInfo.InvariantCulture);
            Set("total-files-size", before + added.Sum(f => f.FileSizeInBytes) - deleted.Sum(f => f.FileSizeInBytes));
        }
        return summary;
    }

    /// <summary>
    /// Delete file counts: what the snapshot adds, and totals carried from the parent (delete files are only ever added).
    /// </summary>
    private static void AddDeleteTotals(Dictionary<string, string> summary, IReadOnlyList<DataFile> addedDeletes, Snapshot? parent)
    {
        long Parent(string key) => long.TryParse(parent?.Summary.GetValueOrDefault(key), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
        void Set(string key, long value) => summary[key] = value.ToString(CultureInfo.InvariantCulture);
        var positions = addedDeletes.Where(f => f.Content == DataFileContent.PositionDeletes).Sum(f => f.RecordCount);
        var equalities = addedDeletes.Where(f => f.Content == DataFileContent.EqualityDeletes).Sum(f => f.RecordCount);
        if (addedDeletes.Count > 0)
        {
            Set("added-delete-files", addedDeletes.Count);
            Set("added-position-deletes", positions);
            Set("added-equality-deletes", equalities);
        }
        Set("total-delete-files", Parent("total-delete-files") + addedDeletes.Count);
        Set("total-position-deletes", Parent("total-position-deletes") + positions);
        Set("total-equality-deletes", Parent("total-equality-deletes") + equalities);
    }

    /// <summary>
    /// A random positive id below 2^53: JSON readers that parse numbers as doubles (JavaScript tools) keep it exact.
    /// </summary>
    private static long NewSnapshotId(TableMetadata metadata)
    {
        while (true)
        {
            var id = Random.Shared.NextInt64(1, 1L << 53);
            if (metadata.SnapshotById(id) is null)
                return id;
        }
    }
}
