using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using static Lineage.Lakehouse.Tests.Iceberg.Tables.FeatureRows;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

public sealed class CrashRecoveryTests : IDisposable
{
    private readonly TableFolder _folder = new();

    [Fact]
    public async Task A_crash_before_the_metadata_write_leaves_the_table_as_it_was_and_its_files_as_orphans()
    {
        var io = new FaultyFileIO(new LocalFileIO());
        var table = await IcebergTable.CreateAsync(io, _folder.Location, Schema, Spec);
        var committed = await AppendAsync(table, Range(1, 3, 20));
        var files = await table.WriteDataFilesAsync([Batch(Range(10, 2, 20).Concat(Range(20, 2, 21)))]);
        io.FailMetadataWrites = true;

        await Assert.ThrowsAsync<IOException>(() => table.ReplacePartitionsAsync(files));

        io.FailMetadataWrites = false;
        var loaded = await IcebergTable.LoadAsync(io, _folder.Location);
        Assert.Equal(2, loaded.MetadataVersion);
        Assert.Equal(committed.SnapshotId, loaded.Metadata.CurrentSnapshotId);
        Assert.Equal([1L, 2L, 3L], (await ReadAsync(loaded)).Select(r => r.Id));

        var orphans = (await loaded.FindOrphanFilesAsync()).Select(o => o.Location).ToList();
        Assert.Equal(2, orphans.Count(o => o.EndsWith(".parquet", StringComparison.Ordinal)));
        Assert.All(files, f => Assert.Contains(f.FilePath, orphans));
        Assert.Contains(orphans, o => o.Contains("/metadata/snap-", StringComparison.Ordinal));
        Assert.Contains(orphans, o => o.EndsWith("-m0.avro", StringComparison.Ordinal));
        Assert.Equal(orphans.Count, await loaded.DeleteOrphanFilesAsync());
        Assert.Empty(await loaded.FindOrphanFilesAsync());
        Assert.All(orphans, o => Assert.False(File.Exists(LocalFileIO.ToPath(o))));
        Assert.Equal([1L, 2L, 3L], (await ReadAsync(await IcebergTable.LoadAsync(io, _folder.Location))).Select(r => r.Id));
    }

    [Fact]
    public async Task Orphan_cleanup_keeps_every_file_of_retained_snapshots()
    {
        var io = new LocalFileIO();
        var table = await IcebergTable.CreateAsync(io, _folder.Location, Schema, Spec);
        var first = await AppendAsync(table, Range(1, 3, 20));
        await ReplaceAsync(table, Range(10, 2, 20));

        Assert.Equal(0, await table.DeleteOrphanFilesAsync());

        Assert.Equal([1L, 2L, 3L], (await ReadAsync(table, new TableScanOptions { SnapshotId = first.SnapshotId })).Select(r => r.Id));
    }

    public void Dispose() => _folder.Dispose();
}
