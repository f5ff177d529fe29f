using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using static Lineage.Lakehouse.Tests.Iceberg.Tables.FeatureRows;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

public sealed class ConcurrentCommitTests : IDisposable
{
    private readonly TableFolder _folder = new();

    [Fact]
    public async Task Eight_writers_appending_five_times_each_all_land_in_forty_snapshots()
    {
        var io = new LocalFileIO();
        await IcebergTable.CreateAsync(io, _folder.Location, Schema, Spec);
        using var start = new ManualResetEventSlim();

        var writers = Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            var table = await IcebergTable.LoadAsync(io, _folder.Location);
            start.Wait();
            var attempts = 0;
            for (var round = 0; round < 5; round++)
            {
                var firstId = writer * 1000 + round * 10;
                var result = await AppendAsync(table, Range(firstId, 3, 20 + round % 2));
                attempts += result.Attempts;
            }
            return attempts;
        })).ToList();
        start.Set();
        await Task.WhenAll(writers);

        var loaded = await IcebergTable.LoadAsync(io, _folder.Location);
        Assert.Equal(40, loaded.Metadata.Snapshots.Count);
        Assert.Equal(41, loaded.MetadataVersion);
        Assert.Equal(40, loaded.Metadata.LastSequenceNumber);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), loaded.Metadata.Snapshots.Select(s => s.SequenceNumber).Order());
        var rows = await ReadAsync(loaded);
        Assert.Equal(120, rows.Count);
        Assert.Equal(120, rows.Select(r => r.Id).Distinct().Count());
        Assert.Equal("120", loaded.Metadata.CurrentSnapshot!.Summary["total-records"]);
        Assert.Equal(40, loaded.Metadata.SnapshotLog.Count);
        // Lost races cleaned up their manifests and lists: nothing but never-committed data is orphaned.
        Assert.Empty(await loaded.FindOrphanFilesAsync());
    }

    public void Dispose() => _folder.Dispose();
}
