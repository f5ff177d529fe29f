using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using static Lineage.Lakehouse.Tests.Iceberg.Tables.FeatureRows;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

public sealed class TimeTravelTests : IDisposable
{
    private readonly TableFolder _folder = new();
    private readonly LocalFileIO _io = new();

    [Fact]
    public async Task A_scan_by_snapshot_id_sees_the_rows_of_that_snapshot()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        var first = await AppendAsync(table, Range(1, 3, 20));
        await ReplaceAsync(table, Range(10, 2, 20));

        var then = await ReadAsync(table, new TableScanOptions { SnapshotId = first.SnapshotId });

        Assert.Equal([1L, 2L, 3L], then.Select(r => r.Id));
        Assert.Equal([10L, 11L], (await ReadAsync(table)).Select(r => r.Id));
    }

    [Fact]
    public async Task A_tag_set_with_the_commit_pins_its_snapshot()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        var tagged = await AppendAsync(table, Range(1, 2, 20), new CommitOptions { Tag = "run-1", SnapshotProperties = new Dictionary<string, string> { ["lineage.run"] = "1" } });
        await AppendAsync(table, Range(5, 2, 21));

        var rows = await ReadAsync(table, new TableScanOptions { Ref = "run-1" });

        Assert.Equal([1L, 2L], rows.Select(r => r.Id));
        Assert.Equal(SnapshotRef.Tag(tagged.SnapshotId), table.Metadata.Refs["run-1"]);
        Assert.Equal("1", table.Metadata.SnapshotById(tagged.SnapshotId)!.Summary["lineage.run"]);
        Assert.Equal("append", table.Metadata.SnapshotById(tagged.SnapshotId)!.Summary["operation"]);
    }

    [Fact]
    public async Task Tags_and_branches_commit_a_metadata_version_without_a_snapshot()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        var first = await AppendAsync(table, Range(1, 2, 20));
        await AppendAsync(table, Range(5, 2, 20));

        var tag = await table.CreateTagAsync("first", first.SnapshotId);
        var branch = await table.CreateBranchAsync("audit", first.SnapshotId);

        Assert.Equal(2, table.Metadata.Snapshots.Count);
        Assert.Equal(5, branch.MetadataVersion);
        Assert.Equal(4, tag.MetadataVersion);
        Assert.Equal(first.SnapshotId, tag.SnapshotId);
        var reloaded = await IcebergTable.LoadAsync(_io, _folder.Location);
        Assert.Equal(SnapshotRef.TagType, reloaded.Metadata.Refs["first"].Type);
        Assert.Equal(SnapshotRef.BranchType, reloaded.Metadata.Refs["audit"].Type);
        Assert.Equal([1L, 2L], (await ReadAsync(reloaded, new TableScanOptions { Ref = "first" })).Select(r => r.Id));
        Assert.Equal([1L, 2L], (await ReadAsync(reloaded, new TableScanOptions { Ref = "audit" })).Select(r => r.Id));
    }

    [Fact]
    public async Task A_tag_name_cannot_be_taken_twice_nor_point_at_an_unknown_snapshot()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        var first = await AppendAsync(table, Range(1, 2, 20));
        await table.CreateTagAsync("first", first.SnapshotId);

        var taken = await Assert.ThrowsAsync<TableRefException>(() => table.CreateTagAsync("first", first.SnapshotId));
        var unknown = await Assert.ThrowsAsync<TableRefException>(() => table.CreateBranchAsync("b", 12345));

        Assert.Contains("'first'", taken.Message);
        Assert.Contains("12345", unknown.Message);
        Assert.Equal(3, (await IcebergTable.LoadAsync(_io, _folder.Location)).MetadataVersion);
    }

    [Fact]
    public async Task An_unknown_ref_or_snapshot_is_named()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        await AppendAsync(table, Range(1, 2, 20));

        var error = await Assert.ThrowsAsync<TableRefException>(() => table.PlanFilesAsync(new TableScanOptions { Ref = "nope" }));

        Assert.Contains("'nope'", error.Message);
        Assert.Contains("main", error.Message);
        await Assert.ThrowsAsync<TableRefException>(() => table.PlanFilesAsync(new TableScanOptions { SnapshotId = 42 }));
    }

    public void Dispose() => _folder.Dispose();
}
