using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.IO.S3;
using Lineage.Lakehouse.Tests.IO;
using static Lineage.Lakehouse.Tests.Iceberg.Tables.FeatureRows;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

/// <summary>The table flow against the local S3 server without conditional puts: commits go through the commit lock.</summary>
public sealed class S3TableTests : IDisposable
{
    private readonly S3FileIO _io = new(S3TestServer.Settings(ConditionalPuts.Off), new LocalCommitLock());
    private readonly string _location = S3TestServer.NewRoot() + "quantum_features/vqe_results";

    [Fact]
    public async Task Append_replace_delete_and_scan_work_in_s3()
    {
        var table = await IcebergTable.CreateAsync(_io, _location, Schema, Spec);
        var first = await AppendAsync(table, Range(1, 3, 20).Concat(Range(10, 2, 21)));
        await ReplaceAsync(table, Range(20, 2, 20));
        await ReplaceAsync(table, Range(20, 2, 20));
        await table.DeletePartitionsAsync([new Lineage.Lakehouse.Iceberg.Partitioning.PartitionData([Day(21)])]);

        var loaded = await IcebergTable.LoadAsync(_io, _location);

        Assert.Equal(5, loaded.MetadataVersion);
        Assert.StartsWith("s3://", loaded.Metadata.CurrentSnapshot!.ManifestList);
        Assert.Equal([20L, 21L], (await ReadAsync(loaded)).Select(r => r.Id));
        Assert.Equal([1L, 2L, 3L, 10L, 11L], (await ReadAsync(loaded, new TableScanOptions { SnapshotId = first.SnapshotId })).Select(r => r.Id));
    }

    [Fact]
    public async Task Concurrent_writers_in_s3_commit_atomically_through_the_lock()
    {
        await IcebergTable.CreateAsync(_io, _location, Schema, Spec);

        var writers = Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            var table = await IcebergTable.LoadAsync(_io, _location);
            for (var round = 0; round < 3; round++)
                await AppendAsync(table, Range(writer * 100 + round * 10, 2, 20));
        })).ToList();
        await Task.WhenAll(writers);

        var loaded = await IcebergTable.LoadAsync(_io, _location);
        Assert.Equal(12, loaded.Metadata.Snapshots.Count);
        Assert.Equal(24, (await ReadAsync(loaded)).Select(r => r.Id).Distinct().Count());
        Assert.Empty(await loaded.FindOrphanFilesAsync());
    }

    [Fact]
    public async Task A_crash_before_commit_in_s3_leaves_orphans_that_cleanup_removes()
    {
        var io = new FaultyFileIO(_io);
        var table = await IcebergTable.CreateAsync(io, _location, Schema, Spec);
        await AppendAsync(table, Range(1, 2, 20));
        io.FailMetadataWrites = true;

        await Assert.ThrowsAsync<IOException>(() => AppendAsync(table, Range(5, 2, 20)));

        io.FailMetadataWrites = false;
        var loaded = await IcebergTable.LoadAsync(io, _location);
        Assert.Equal([1L, 2L], (await ReadAsync(loaded)).Select(r => r.Id));
        Assert.Equal(3, (await loaded.FindOrphanFilesAsync()).Count);
        Assert.Equal(3, await loaded.DeleteOrphanFilesAsync());
        Assert.Empty(await loaded.FindOrphanFilesAsync());
    }

    public void Dispose() => _io.Dispose();
}
