using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using static Lineage.Lakehouse.Tests.Iceberg.Tables.FeatureRows;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

public sealed class TableCommitTests : IDisposable
{
    private readonly TableFolder _folder = new();
    private readonly LocalFileIO _io = new();

    private Task<IcebergTable> CreateAsync() => IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);

    [Fact]
    public async Task Appended_rows_are_scanned_back()
    {
        var table = await CreateAsync();
        var rows = Range(1, 5, 20).Concat(Range(6, 3, 21)).ToList();

        await AppendAsync(table, rows);

        Assert.Equal(rows, await ReadAsync(table));
        Assert.Equal(rows, await ReadAsync(await IcebergTable.LoadAsync(_io, _folder.Location)));
    }

    [Fact]
    public async Task An_append_adds_one_snapshot_with_counters_and_a_metadata_version()
    {
        var table = await CreateAsync();
        var first = await AppendAsync(table, Range(1, 4, 20));

        var second = await AppendAsync(table, Range(10, 2, 20).Concat(Range(20, 3, 21)));

        Assert.Equal(3, table.MetadataVersion);
        Assert.Equal(3, second.MetadataVersion);
        Assert.Equal(2, second.SequenceNumber);
        Assert.Equal("append", second.Operation);
        Assert.True(second.SnapshotId > 0);
        var snapshot = table.Metadata.CurrentSnapshot!;
        Assert.Equal(second.SnapshotId, snapshot.SnapshotId);
        Assert.Equal(first.SnapshotId, snapshot.ParentSnapshotId);
        Assert.Equal("2", snapshot.Summary["added-data-files"]);
        Assert.Equal("5", snapshot.Summary["added-records"]);
        Assert.Equal("9", snapshot.Summary["total-records"]);
        Assert.Equal("3", snapshot.Summary["total-data-files"]);
        Assert.Equal("2", snapshot.Summary["changed-partition-count"]);
        Assert.Equal("0", snapshot.Summary["total-delete-files"]);
        Assert.Equal(2, table.Metadata.LastSequenceNumber);
        Assert.Equal(second.SnapshotId, table.Metadata.Refs["main"].SnapshotId);
        Assert.Equal(2, table.Metadata.SnapshotLog.Count);
        Assert.Equal(2, table.Metadata.MetadataLog.Count);
        Assert.EndsWith("/metadata/v2.metadata.json", table.Metadata.MetadataLog[^1].MetadataFile);
        Assert.Equal("3", await File.ReadAllTextAsync(_folder.PathOf("metadata/version-hint.text")));
        Assert.StartsWith($"{_folder.Location}/metadata/snap-{second.SnapshotId}-1-", snapshot.ManifestList);
    }

    [Fact]
    public async Task Data_files_carry_partition_path_metrics_and_bounds()
    {
        var table = await CreateAsync();

        var files = await table.WriteDataFilesAsync([Batch([Make(7, 20, "b", -2.5), Make(3, 20, null, -0.5), Make(5, 21)])]);

        Assert.Equal(2, files.Count);
        var day20 = files.Single(f => Equals(f.Partition[0], Day(20)));
        Assert.StartsWith($"{_folder.Location}/data/processing_date=2026-11-20/", day20.FilePath);
        Assert.EndsWith(".parquet", day20.FilePath);
        Assert.Equal(new FileInfo(LocalFileIO.ToPath(day20.FilePath)).Length, day20.FileSizeInBytes);
        Assert.Equal(2, day20.RecordCount);
        Assert.Equal(2, day20.ValueCounts![3]);
        Assert.Equal(1, day20.NullValueCounts![3]);
        Assert.True(day20.ColumnSizes![1] > 0);
        Assert.Equal(3L, Lineage.Lakehouse.Iceberg.Values.Conversions.FromBytes(Lineage.Lakehouse.Iceberg.Schemas.IcebergType.Long, day20.LowerBounds![1]));
        Assert.Equal(7L, Lineage.Lakehouse.Iceberg.Values.Conversions.FromBytes(Lineage.Lakehouse.Iceberg.Schemas.IcebergType.Long, day20.UpperBounds![1]));
        Assert.Equal(-2.5, Lineage.Lakehouse.Iceberg.Values.Conversions.FromBytes(Lineage.Lakehouse.Iceberg.Schemas.IcebergType.Double, day20.LowerBounds[4]));
        Assert.Equal("b", Lineage.Lakehouse.Iceberg.Values.Conversions.FromBytes(Lineage.Lakehouse.Iceberg.Schemas.IcebergType.String, day20.UpperBounds[3]));
        Assert.Empty(table.Metadata.Snapshots);
    }

    [Fact]
    public async Task Interleaved_partitions_of_one_call_go_to_one_file_each()
    {
        var table = await CreateAsync();
        var rows = new[] { Make(1, 20), Make(2, 21), Make(3, 20), Make(4, 21), Make(5, 21), Make(6, 20) };

        var files = await table.WriteDataFilesAsync([Batch(rows.Take(3)), Batch(rows.Skip(3))]);
        await table.AppendAsync(files);

        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.Equal(3, f.RecordCount));
        Assert.Equal(rows, await ReadAsync(table));
        Assert.Equal([1L, 3L, 6L], (await ReadAsync(table, new TableScanOptions { PartitionEquals = new Dictionary<string, object?> { ["processing_date"] = Day(20) } })).Select(r => r.Id));
    }

    [Fact]
    public async Task Replacing_a_partition_twice_gives_the_same_rows_and_leaves_other_partitions_alone()
    {
        var table = await CreateAsync();
        var day20 = Range(1, 4, 20).ToList();
        var day21 = Range(100, 3, 21).ToList();
        await AppendAsync(table, day20.Concat(day21));
        var replacement = Range(50, 2, 21).ToList();

        var first = await ReplaceAsync(table, replacement);
        var afterFirst = await ReadAsync(table);
        var second = await ReplaceAsync(table, replacement);

        var expected = day20.Concat(replacement).OrderBy(r => r.Id).ToList();
        Assert.Equal(expected, afterFirst);
        Assert.Equal(expected, await ReadAsync(table));
        Assert.Equal("overwrite", second.Operation);
        Assert.Equal("1", first.Summary["deleted-data-files"]);
        Assert.Equal("3", first.Summary["deleted-records"]);
        Assert.Equal("2", second.Summary["deleted-records"]);
        Assert.Equal("6", second.Summary["total-records"]);
        Assert.Equal(3, second.SequenceNumber);
    }

    [Fact]
    public async Task A_replace_rewrites_only_the_manifests_holding_the_partition()
    {
        var table = await CreateAsync();
        await AppendAsync(table, Range(1, 2, 20));
        await AppendAsync(table, Range(10, 2, 21));
        var before = await ManifestsAsync(table);

        var result = await ReplaceAsync(table, Range(20, 1, 21));

        var after = await ManifestsAsync(table);
        var untouched = before.Single(m => m.AddedFilesCount == 1 && m.Partitions![0].LowerBound!.SequenceEqual(Bytes(Day(20))));
        Assert.Contains(after, m => m.ManifestPath == untouched.ManifestPath);
        var rewritten = after.Single(m => m.DeletedFilesCount == 1);
        Assert.Equal(result.SnapshotId, rewritten.AddedSnapshotId);
        var entries = ManifestReader.Read(File.OpenRead(LocalFileIO.ToPath(rewritten.ManifestPath)), rewritten).Entries;
        var deleted = Assert.Single(entries);
        Assert.Equal(ManifestEntryStatus.Deleted, deleted.Status);
        Assert.Equal(result.SnapshotId, deleted.SnapshotId);
        Assert.Equal(2, deleted.SequenceNumber);
    }

    [Fact]
    public async Task A_rewritten_manifest_keeps_the_sequence_numbers_of_files_it_keeps()
    {
        var table = await CreateAsync();
        var appended = await AppendAsync(table, Range(1, 2, 20).Concat(Range(10, 2, 21)));

        await ReplaceAsync(table, Range(20, 1, 21));

        var rewritten = (await ManifestsAsync(table)).Single(m => m.DeletedFilesCount == 1);
        var entries = ManifestReader.Read(File.OpenRead(LocalFileIO.ToPath(rewritten.ManifestPath)), rewritten).Entries;
        var kept = entries.Single(e => e.Status == ManifestEntryStatus.Existing);
        Assert.Equal(appended.SnapshotId, kept.SnapshotId);
        Assert.Equal(1, kept.SequenceNumber);
        Assert.Equal(1, kept.FileSequenceNumber);
        Assert.Equal(Day(20), kept.DataFile.Partition[0]);
    }

    [Fact]
    public async Task Deleting_partitions_removes_their_rows_only()
    {
        var table = await CreateAsync();
        await AppendAsync(table, Range(1, 2, 20).Concat(Range(10, 2, 21)).Concat(Range(20, 2, 22)));

        var result = await table.DeletePartitionsAsync([new PartitionData([Day(20)]), new PartitionData([Day(22)])]);

        Assert.Equal("delete", result.Operation);
        Assert.Equal("2", result.Summary["deleted-data-files"]);
        Assert.Equal("2", result.Summary["total-records"]);
        Assert.Equal([10L, 11L], (await ReadAsync(table)).Select(r => r.Id));
    }

    [Fact]
    public async Task Creating_a_table_twice_is_refused()
    {
        await CreateAsync();

        var error = await Assert.ThrowsAsync<TableAlreadyExistsException>(CreateAsync);
        Assert.Contains(_folder.Location, error.Message);
    }

    [Fact]
    public async Task Loading_a_missing_table_names_the_location()
    {
        var error = await Assert.ThrowsAsync<TableNotFoundException>(() => IcebergTable.LoadAsync(_io, _folder.Location + "/nothing"));
        Assert.Contains(_folder.Location + "/nothing", error.Message);
    }

    [Fact]
    public async Task A_new_table_has_no_snapshot_and_scans_empty()
    {
        var table = await CreateAsync();

        Assert.Null(table.Metadata.CurrentSnapshotId);
        Assert.Equal(1, table.MetadataVersion);
        Assert.Empty(await ReadAsync(table));
        Assert.Empty(await table.PlanFilesAsync());
    }

    private async Task<IReadOnlyList<ManifestFile>> ManifestsAsync(IcebergTable table) =>
        ManifestListReader.Read(File.OpenRead(LocalFileIO.ToPath(table.Metadata.CurrentSnapshot!.ManifestList!)));

    private static byte[] Bytes(DateOnly date) =>
        Lineage.Lakehouse.Iceberg.Values.Conversions.ToBytes(Lineage.Lakehouse.Iceberg.Schemas.IcebergType.Date, date);

    public void Dispose() => _folder.Dispose();
}
