using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using static Lineage.Lakehouse.Tests.Iceberg.Tables.FeatureRows;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

public sealed class PartitionOverwriteTests : IDisposable
{
    private static readonly PartitionSpec DateAndBasis = new(0,
    [
        PartitionField.Identity(2, 1000, "processing_date"),
        PartitionField.Identity(3, 1001, "basis_set"),
    ]);

    private readonly TableFolder _folder = new();
    private readonly LocalFileIO _io = new();

    private Task<IcebergTable> CreateAsync() => IcebergTable.CreateAsync(_io, _folder.Location, Schema, DateAndBasis);

    private Task<IcebergTable> CreateWithRowGroupSizeAsync(int bytes) => IcebergTable.CreateAsync(_io, _folder.Location, Schema, DateAndBasis,
        new Dictionary<string, string> { [IcebergTable.RowGroupSizeProperty] = bytes.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    private static Dictionary<string, object?> Date(int day) => new() { ["processing_date"] = $"2026-11-{day:00}" };

    [Fact]
    public async Task Overwriting_a_date_replaces_every_file_of_that_date_whatever_its_other_partition_values()
    {
        var table = await CreateAsync();
        await AppendAsync(table, Range(1, 4, 20).Concat(Range(100, 2, 21)));
        var replacement = new[] { Make(50, 20, "cc-pvdz") };

        var commit = await table.OverwritePartitionsAsync(await table.WriteDataFilesAsync([Batch(replacement)]), Date(20));

        Assert.Equal("overwrite", commit.Operation);
        Assert.Equal(replacement.Concat(Range(100, 2, 21)).OrderBy(r => r.Id), await ReadAsync(table));
        Assert.Equal("2", table.Metadata.CurrentSnapshot!.Summary["deleted-data-files"]);
    }

    [Fact]
    public async Task Overwriting_a_date_with_no_files_empties_it()
    {
        var table = await CreateAsync();
        await AppendAsync(table, Range(1, 4, 20).Concat(Range(100, 2, 21)));

        var commit = await table.OverwritePartitionsAsync([], Date(20));

        Assert.Equal("delete", commit.Operation);
        Assert.Equal(Range(100, 2, 21), await ReadAsync(table));
    }

    [Fact]
    public async Task Overwriting_twice_leaves_one_copy_and_the_tag_points_at_its_snapshot()
    {
        var table = await CreateAsync();
        var rows = Range(1, 6, 20).ToList();

        await table.OverwritePartitionsAsync(await table.WriteDataFilesAsync([Batch(rows)]), Date(20), new CommitOptions { Tag = "v_first" });
        var second = await table.OverwritePartitionsAsync(await table.WriteDataFilesAsync([Batch(rows)]), Date(20), new CommitOptions { Tag = "v_second" });

        Assert.Equal(rows, await ReadAsync(table));
        Assert.Equal(second.SnapshotId, table.Metadata.Refs["v_second"].SnapshotId);
        Assert.Equal(rows, await ReadAsync(table, new TableScanOptions { Ref = "v_first" }));
    }

    [Fact]
    public async Task A_file_outside_the_overwritten_date_is_refused_before_anything_is_committed()
    {
        var table = await CreateAsync();
        var files = await table.WriteDataFilesAsync([Batch(Range(1, 2, 21))]);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.OverwritePartitionsAsync(files, Date(20)));

        Assert.Contains("outside the overwritten partitions", error.Message);
        Assert.Null(table.Metadata.CurrentSnapshotId);
    }

    [Fact]
    public async Task Overwriting_by_a_column_that_is_not_a_partition_column_is_refused()
    {
        var table = await CreateAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            table.OverwritePartitionsAsync([], new Dictionary<string, object?> { ["energy"] = 1.0 }));

        Assert.Contains("'energy' is not a partition column", error.Message);
    }

    [Fact]
    public async Task Undoing_a_commit_restores_the_previous_snapshot_and_removes_its_tag()
    {
        var table = await CreateAsync();
        var before = Range(1, 3, 20).ToList();
        var first = await AppendAsync(table, before);
        var second = await table.OverwritePartitionsAsync(await table.WriteDataFilesAsync([Batch(Range(10, 5, 20))]), Date(20), new CommitOptions { Tag = "v_bad" });

        await table.UndoSnapshotAsync(second.SnapshotId, "v_bad");

        var reloaded = await IcebergTable.LoadAsync(_io, _folder.Location);
        Assert.Equal(first.SnapshotId, reloaded.Metadata.CurrentSnapshotId);
        Assert.False(reloaded.Metadata.Refs.ContainsKey("v_bad"));
        Assert.Equal(before, await ReadAsync(reloaded));
    }

    [Fact]
    public async Task Undoing_the_first_commit_leaves_a_table_without_rows()
    {
        var table = await CreateAsync();
        var first = await AppendAsync(table, Range(1, 3, 20), new CommitOptions { Tag = "v_only" });

        await table.UndoSnapshotAsync(first.SnapshotId, "v_only");

        Assert.Null(table.Metadata.CurrentSnapshotId);
        Assert.False(table.Metadata.Refs.ContainsKey("main"));
        Assert.Empty(await ReadAsync(table));
    }

    [Fact]
    public async Task A_commit_that_others_built_on_cannot_be_undone()
    {
        var table = await CreateAsync();
        var first = await AppendAsync(table, Range(1, 3, 20));
        var other = await IcebergTable.LoadAsync(_io, _folder.Location);
        await AppendAsync(other, Range(10, 1, 21));

        var error = await Assert.ThrowsAsync<TableRefException>(() => table.UndoSnapshotAsync(first.SnapshotId));

        Assert.Contains($"cannot undo snapshot {first.SnapshotId}", error.Message);
        Assert.Equal(4, (await ReadAsync(await IcebergTable.LoadAsync(_io, _folder.Location))).Count);
    }

    [Fact]
    public async Task A_streaming_writer_cuts_row_groups_at_the_table_property_and_commits_every_row()
    {
        var table = await CreateWithRowGroupSizeAsync(4096);
        var rows = Range(1, 3000, 20).ToList();

        await using (var writer = table.NewDataFileWriter())
        {
            foreach (var chunk in rows.Chunk(500))
                await writer.WriteAsync(Batch(chunk));
            Assert.Equal(3000, writer.RowCount);
            var files = await writer.FinishAsync();
            Assert.All(files, file => Assert.True(file.SplitOffsets!.Count > 1, $"{file.FilePath} has one row group"));
            await table.OverwritePartitionsAsync(files, Date(20));
        }

        Assert.Equal(rows, await ReadAsync(table));
    }

    [Fact]
    public async Task Partition_files_written_at_once_share_one_row_group_budget()
    {
        var table = await CreateWithRowGroupSizeAsync(4096);
        // 120 rows alternate between two basis sets: each file's rows fit one row group, both files' rows do not.
        var rows = Range(1, 120, 20).ToList();

        await using (var writer = table.NewDataFileWriter())
        {
            foreach (var chunk in rows.Chunk(10))
                await writer.WriteAsync(Batch(chunk));
            var files = await writer.FinishAsync();
            Assert.Equal(2, files.Count);
            Assert.True(files.Sum(f => f.SplitOffsets!.Count) > 2, "the files were written as one row group each");
            await table.OverwritePartitionsAsync(files, Date(20));
        }

        Assert.Equal(rows, await ReadAsync(table));
    }

    public void Dispose() => _folder.Dispose();
}
