using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.IO;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// The live delete files of a snapshot, by partition, and which of them apply to a data file: those of its partition
/// (same spec and values), and equality deletes of an unpartitioned spec (global); newer than the data file by data
/// sequence number, position deletes also at the same sequence number (a writer may delete rows of files it adds in
/// the same commit).
/// </summary>
internal sealed class DeleteFileIndex
{
    private readonly Dictionary<(int SpecId, PartitionData Partition), List<DeleteEntry>> _byPartition = [];
    private readonly List<DeleteEntry> _global = [];

    public bool IsEmpty => _global.Count == 0 && _byPartition.Count == 0;

    public static async Task<DeleteFileIndex> ReadAsync(IFileIO io, TableMetadata metadata, IEnumerable<ManifestFile> deleteManifests, CancellationToken cancellationToken)
    {
        var index = new DeleteFileIndex();
        foreach (var manifest in deleteManifests)
        {
            var unpartitioned = metadata.SpecById(manifest.PartitionSpecId).IsUnpartitioned;
            foreach (var entry in await ManifestFiles.ReadEntriesAsync(io, manifest, cancellationToken))
            {
                if (entry.Status == ManifestEntryStatus.Deleted || entry.DataFile.Content == DataFileContent.Data)
                    continue;
                var file = entry.DataFile;
                if (!string.Equals(file.FileFormat, "PARQUET", StringComparison.OrdinalIgnoreCase))
                    throw new NotSupportedException(
                        $"Delete file {file.FilePath} ({manifest.ManifestPath}) is {file.FileFormat}; Lineage applies Parquet delete files only.");
                var deleteEntry = new DeleteEntry(file, entry.SequenceNumber ?? 0);
                if (unpartitioned && file.Content == DataFileContent.EqualityDeletes)
                {
                    index._global.Add(deleteEntry);
                    continue;
                }
                var key = (manifest.PartitionSpecId, file.Partition);
                if (!index._byPartition.TryGetValue(key, out var list))
                    index._byPartition[key] = list = [];
                list.Add(deleteEntry);
            }
        }
        return index;
    }

    /// <summary>The delete files to apply to a data file of the given spec with the given data sequence number.</summary>
    public IReadOnlyList<DataFile> For(DataFile dataFile, int specId, long dataSequenceNumber)
    {
        if (IsEmpty)
            return [];
        var candidates = _byPartition.TryGetValue((specId, dataFile.Partition), out var local) ? local.Concat(_global) : _global;
        return candidates.Where(d => Applies(d, dataSequenceNumber)).Select(d => d.File).ToList();
    }

    private static bool Applies(DeleteEntry delete, long dataSequenceNumber) => delete.File.Content == DataFileContent.PositionDeletes
        ? dataSequenceNumber <= delete.SequenceNumber
        : dataSequenceNumber < delete.SequenceNumber;

    private sealed record DeleteEntry(DataFile File, long SequenceNumber);
}
