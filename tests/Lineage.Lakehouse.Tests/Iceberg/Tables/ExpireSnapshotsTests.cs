using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using static Lineage.Lakehouse.Tests.Iceberg.Tables.FeatureRows;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

public sealed class ExpireSnapshotsTests : IDisposable
{
    private readonly TableFolder _folder = new();
    private readonly LocalFileIO _io = new();

    /// <summary>Later than every commit of a test: every snapshot counts as old.</summary>
    private static DateTimeOffset AfterEverything => DateTimeOffset.UtcNow.AddMinutes(1);

    [Fact]
    public async Task Expiring_keeps_tagged_and_current_snapshots_and_deletes_only_what_expired_snapshots_used()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        var first = await ReplaceAsync(table, Range(1, 2, 20));
        var firstFiles = await table.PlanFilesAsync();
        var firstList = table.Metadata.CurrentSnapshot!.ManifestList!;
        var second = await ReplaceAsync(table, Range(10, 2, 20));
        var secondFiles = await table.PlanFilesAsync();
        var secondList = table.Metadata.CurrentSnapshot!.ManifestList!;
        var third = await ReplaceAsync(table, Range(20, 3, 20));
        await table.CreateTagAsync("first", first.SnapshotId);
        var currentRows = await ReadAsync(table);
        var metadataBefore = table.MetadataVersion;

        var result = await table.ExpireSnapshotsAsync(AfterEverything, retainLast: 1);

        Assert.Equal(new ExpireResult(1, 1, 2, 1), result);
        Assert.Equal(metadataBefore + 1, table.MetadataVersion);
        var reloaded = await IcebergTable.LoadAsync(_io, _folder.Location);
        Assert.Equal([first.SnapshotId, third.SnapshotId], reloaded.Metadata.Snapshots.Select(s => s.SnapshotId));
        Assert.Equal([first.SnapshotId, third.SnapshotId], reloaded.Metadata.SnapshotLog.Select(e => e.SnapshotId));
        Assert.Null(reloaded.Metadata.SnapshotById(second.SnapshotId));
        Assert.Equal([1L, 2L], (await ReadAsync(reloaded, new TableScanOptions { Ref = "first" })).Select(r => r.Id));
        Assert.Equal(currentRows, await ReadAsync(reloaded));
        Assert.All(secondFiles, f => Assert.False(File.Exists(LocalFileIO.ToPath(f.FilePath)), f.FilePath));
        Assert.False(File.Exists(LocalFileIO.ToPath(secondList)));
        Assert.All(firstFiles, f => Assert.True(File.Exists(LocalFileIO.ToPath(f.FilePath)), f.FilePath));
        Assert.True(File.Exists(LocalFileIO.ToPath(firstList)));
        Assert.Empty(await reloaded.FindOrphanFilesAsync());
    }

    [Fact]
    public async Task Files_still_live_in_a_remaining_snapshot_are_kept()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        await AppendAsync(table, Range(1, 2, 20));
        await AppendAsync(table, Range(10, 2, 21));
        await AppendAsync(table, Range(20, 2, 22));
        var rows = await ReadAsync(table);

        var result = await table.ExpireSnapshotsAsync(AfterEverything);

        Assert.Equal(new ExpireResult(2, 0, 0, 2), result);
        Assert.Single(table.Metadata.Snapshots);
        Assert.Equal(rows, await ReadAsync(await IcebergTable.LoadAsync(_io, _folder.Location)));
        Assert.Empty(await table.FindOrphanFilesAsync());
    }

    [Fact]
    public async Task Snapshots_newer_than_the_cutoff_or_among_the_last_retained_stay()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        await ReplaceAsync(table, Range(1, 2, 20));
        await ReplaceAsync(table, Range(10, 2, 20));
        await ReplaceAsync(table, Range(20, 2, 20));
        var version = table.MetadataVersion;

        var none = await table.ExpireSnapshotsAsync(DateTimeOffset.FromUnixTimeMilliseconds(table.Metadata.Snapshots[0].TimestampMs));
        var kept = await table.ExpireSnapshotsAsync(AfterEverything, retainLast: 3);

        Assert.Equal(new ExpireResult(0, 0, 0, 0), none);
        Assert.Equal(new ExpireResult(0, 0, 0, 0), kept);
        Assert.Equal(version, (await IcebergTable.LoadAsync(_io, _folder.Location)).MetadataVersion);
        Assert.Equal(3, table.Metadata.Snapshots.Count);
    }

    [Fact]
    public async Task A_branch_keeps_its_snapshot_and_files()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        var first = await ReplaceAsync(table, Range(1, 2, 20));
        await ReplaceAsync(table, Range(10, 2, 20));
        await table.CreateBranchAsync("audit", first.SnapshotId);

        var result = await table.ExpireSnapshotsAsync(AfterEverything);

        Assert.Equal(0, result.ExpiredSnapshots);
        Assert.Equal([1L, 2L], (await ReadAsync(table, new TableScanOptions { Ref = "audit" })).Select(r => r.Id));
    }

    [Fact]
    public async Task Retaining_fewer_than_one_snapshot_is_refused()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => table.ExpireSnapshotsAsync(AfterEverything, retainLast: 0));
    }

    public void Dispose() => _folder.Dispose();
}
