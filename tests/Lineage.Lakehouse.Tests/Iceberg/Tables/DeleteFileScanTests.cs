using ArrowSchema = Apache.Arrow.Schema;
using Int64Array = Apache.Arrow.Int64Array;
using System.Globalization;
using System.Text.Json;
using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.Arrow;
using Lineage.Lakehouse.Parquet;
using Lineage.Lakehouse.Tests.Arrow;
using Lineage.Lakehouse.Tests.Parquet;
using static Lineage.Lakehouse.Tests.Iceberg.Tables.FeatureRows;
using static Lineage.Lakehouse.Tests.Iceberg.Tables.OtherEngineTables;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

/// <summary>
/// Scans apply v2 delete files: position deletes to data files of the same partition with a data sequence number
/// not above theirs, equality deletes to those strictly below theirs. Expected rows of the fixture tables are
/// computed here from DuckDB's reading of the data and delete files.
/// </summary>
public sealed class DeleteFileScanTests : IDisposable
{
    private const int FilePathFieldId = 2147483546;
    private const int PosFieldId = 2147483545;

    private readonly TableFolder _folder = new();
    private readonly LocalFileIO _io = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("spark-bunnies")]
    [InlineData("java-bunnies")]
    public async Task The_current_snapshot_scans_the_rows_left_after_its_delete_files(string fixture)
    {
        var (table, io) = await LoadAsync(fixture);
        var snapshot = table.Metadata.CurrentSnapshot!;

        Assert.NotEqual("0", snapshot.Summary["total-delete-files"]);
        await AssertDeletesAppliedAsync(table, io, snapshot);
    }

    [Theory]
    [InlineData("spark-bunnies")]
    [InlineData("java-bunnies")]
    public async Task Every_snapshot_scans_the_rows_left_after_the_delete_files_it_has(string fixture)
    {
        var (table, io) = await LoadAsync(fixture);

        var removed = 0L;
        foreach (var snapshot in table.Metadata.Snapshots)
            removed += await AssertDeletesAppliedAsync(table, io, snapshot);

        Assert.True(removed > 0, "no snapshot lost rows to its delete files");
    }

    [Fact]
    public async Task Position_and_equality_deletes_remove_rows_of_older_files_of_their_partition()
    {
        var table = await DeletedRowsTableAsync();

        Assert.Equal([1L, 3L, 11L, 14L], (await ReadAsync(table)).Select(r => r.Id));
    }

    [Fact]
    public async Task A_projection_without_the_equality_columns_still_applies_equality_deletes()
    {
        var table = await DeletedRowsTableAsync();

        var ids = new List<long>();
        await foreach (var batch in table.ScanAsync(new TableScanOptions { Columns = ["id"] }))
        {
            Assert.Equal(["id"], batch.Schema.FieldsList.Select(f => f.Name));
            ids.AddRange(((Int64Array)batch.Column(0)).Values.ToArray());
        }

        Assert.Equal([1L, 3L, 11L, 14L], ids.Order());
    }

    [Fact]
    public async Task Positions_count_rows_of_row_groups_a_filter_would_skip()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        var location = table.Location + "/data/two-row-groups.parquet";
        await using (var stream = await _io.CreateAsync(location))
        await using (var writer = await ArrowParquetWriter.CreateAsync(stream, IcebergArrowSchema.ToArrow(Schema), new ArrowParquetWriterOptions { RowGroupSize = 1 }))
        {
            await writer.WriteAsync(Batch([Make(30, 22), Make(31, 22)]));
            await writer.WriteAsync(Batch([Make(32, 22), Make(33, 22)]));
            await writer.FinishAsync();
        }
        var dataFile = new DataFile
        {
            FilePath = location,
            Partition = new PartitionData([Day(22)]),
            RecordCount = 4,
            FileSizeInBytes = new FileInfo(LocalFileIO.ToPath(location)).Length,
        };
        await table.AppendAsync([dataFile]);
        var positions = await WriteDeleteFileAsync(
            table, "positions.parquet", DataFileContent.PositionDeletes, Day(22), null,
            [NestedField.Require(FilePathFieldId, "file_path", IcebergType.String), NestedField.Require(PosFieldId, "pos", IcebergType.Long)],
            [[location, 0L], [location, 3L]]);
        await table.CommitDeleteFilesAsync([positions]);

        var rows = await ReadAsync(table, new TableScanOptions { Filters = [new ColumnPredicate("id", PredicateOperator.GreaterThan, 31L)] });

        await using (var reader = await ArrowParquetReader.OpenAsync(File.OpenRead(LocalFileIO.ToPath(location)), location))
            Assert.Equal(2, reader.RowGroupCount);
        Assert.Contains(rows, r => r.Id == 32);
        Assert.DoesNotContain(rows, r => r.Id is 30 or 33);
    }

    [Fact]
    public async Task Planning_lists_data_files_only_and_pairs_them_with_the_deletes_that_apply()
    {
        var table = await DeletedRowsTableAsync();

        var files = await table.PlanFilesAsync();
        var tasks = await table.PlanTasksAsync(new TableScanOptions(), CancellationToken.None);

        Assert.Equal(3, files.Count);
        Assert.All(files, f => Assert.Equal(DataFileContent.Data, f.Content));
        var day20 = Assert.Single(tasks, t => Day(20).Equals(t.File.Partition[0]));
        Assert.Equal(DataFileContent.PositionDeletes, Assert.Single(day20.Deletes).Content);
        var day21 = tasks.Where(t => Day(21).Equals(t.File.Partition[0])).OrderBy(t => t.File.RecordCount).ToList();
        Assert.Empty(day21[0].Deletes);
        Assert.Equal(DataFileContent.EqualityDeletes, Assert.Single(day21[1].Deletes).Content);
    }

    [Fact]
    public async Task A_commit_of_delete_files_counts_them_in_the_summary()
    {
        var table = await DeletedRowsTableAsync();
        var summary = table.Metadata.Snapshots.Single(s => s.Summary["operation"] == "delete").Summary;

        Assert.Equal("2", summary["added-delete-files"]);
        Assert.Equal("2", table.Metadata.CurrentSnapshot!.Summary["total-delete-files"]);
        Assert.Equal("3", table.Metadata.CurrentSnapshot!.Summary["total-position-deletes"]);
        Assert.Equal("2", table.Metadata.CurrentSnapshot!.Summary["total-equality-deletes"]);
    }

    /// <summary>
    /// Day 20: ids 1–4 (sequence 1); day 21: ids 10–13, 13 without a basis set (sequence 2); then (sequence 3) a
    /// position delete file removing positions 1 and 3 of day 20's file and a position of another file, and an
    /// equality delete file of day 21 on basis_set removing "sto3g" and null; then (sequence 4) id 14 of day 21 with
    /// basis "sto3g", which no delete touches.
    /// </summary>
    private async Task<IcebergTable> DeletedRowsTableAsync()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        await AppendAsync(table, Range(1, 4, 20));
        await AppendAsync(table, [.. Range(10, 3, 21), Make(13, 21, basis: null)]);
        var day20File = Assert.Single(await table.PlanFilesAsync(), f => Day(20).Equals(f.Partition[0]));

        var positions = await WriteDeleteFileAsync(
            table, "positions.parquet", DataFileContent.PositionDeletes, Day(20), null,
            [NestedField.Require(FilePathFieldId, "file_path", IcebergType.String), NestedField.Require(PosFieldId, "pos", IcebergType.Long)],
            [[day20File.FilePath, 1L], [day20File.FilePath, 3L], [table.Location + "/data/elsewhere.parquet", 0L]]);
        var equalities = await WriteDeleteFileAsync(
            table, "equalities.parquet", DataFileContent.EqualityDeletes, Day(21), [3],
            [Schema.FindField("basis_set")!],
            [["sto3g"], [null]]);
        await table.CommitDeleteFilesAsync([positions, equalities]);
        await AppendAsync(table, [Make(14, 21, basis: "sto3g")]);
        return table;
    }

    private async Task<DataFile> WriteDeleteFileAsync(
        IcebergTable table, string name, DataFileContent content, DateOnly day, IReadOnlyList<int>? equalityIds,
        IReadOnlyList<NestedField> columns, IReadOnlyList<object?[]> rows)
    {
        var schema = new ArrowSchema(columns.Select(IcebergArrowSchema.ToArrow), null);
        var location = table.Location + "/data/" + name;
        await using (var stream = await _io.CreateAsync(location))
        await using (var writer = await ArrowParquetWriter.CreateAsync(stream, schema, new ArrowParquetWriterOptions()))
        {
            await writer.WriteAsync(ArrowColumns.Batch(schema, rows));
            await writer.FinishAsync();
        }
        return new DataFile
        {
            Content = content,
            FilePath = location,
            Partition = new PartitionData([day]),
            RecordCount = rows.Count,
            FileSizeInBytes = new FileInfo(LocalFileIO.ToPath(location)).Length,
            EqualityIds = equalityIds,
        };
    }

    /// <summary>
    /// Compares the scan of a snapshot with rows computed here, and the count with the snapshot's summary; returns
    /// how many rows the delete files removed.
    /// </summary>
    private static async Task<long> AssertDeletesAppliedAsync(IcebergTable table, RelocatedFileIO io, Snapshot snapshot)
    {
        var expected = await ExpectedRowsAsync(table, io, snapshot);
        var actual = new List<JsonElement>();
        await foreach (var batch in table.ScanAsync(new TableScanOptions { SnapshotId = snapshot.SnapshotId }))
            actual.AddRange(CanonicalRows.Of(batch));

        Assert.Equal(Canonical(expected), Canonical(actual));
        var records = Count(snapshot, "total-records")!.Value;
        var removed = records - actual.Count;
        Assert.InRange(removed, 0, records);
        if (Count(snapshot, "total-position-deletes") is { } positionDeletes && Count(snapshot, "total-equality-deletes") is { } equalityDeletes)
        {
            // A position delete removes at most one row; an equality delete any number.
            if (equalityDeletes == 0)
                Assert.InRange(removed, 0, positionDeletes);
            if (positionDeletes + equalityDeletes == 0)
                Assert.Equal(0, removed);
        }
        return removed;
    }

    private static long? Count(Snapshot snapshot, string key) =>
        snapshot.Summary.TryGetValue(key, out var text) ? long.Parse(text, CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// DuckDB's rows of each live data file minus the rows at positions its position delete files name (data
    /// sequence number ≤ the delete's, same partition) and minus rows equal on the equality columns to a row of an
    /// equality delete file (data sequence number &lt; the delete's, same partition or an unpartitioned spec).
    /// </summary>
    private static async Task<List<JsonElement>> ExpectedRowsAsync(IcebergTable table, RelocatedFileIO io, Snapshot snapshot)
    {
        var names = CurrentNames(table);
        var current = table.Metadata.CurrentSchema;
        var columns = current.Fields.Select(f => f.Name).ToList();
        var data = new List<LiveFile>();
        var deletes = new List<LiveFile>();
        using var list = new MemoryStream(await io.ReadAllBytesAsync(snapshot.ManifestList!));
        foreach (var manifest in ManifestListReader.Read(list, snapshot.ManifestList!))
        {
            using var content = new MemoryStream(await io.ReadAllBytesAsync(manifest.ManifestPath));
            foreach (var entry in ManifestReader.Read(content, manifest).Entries.Where(e => e.Status != ManifestEntryStatus.Deleted))
                (entry.DataFile.Content == DataFileContent.Data ? data : deletes).Add(new LiveFile(entry.DataFile, manifest.PartitionSpecId, entry.SequenceNumber!.Value));
        }

        var expected = new List<JsonElement>();
        foreach (var file in data)
        {
            var rows = await ReadWithDuckDbAsync(io.Map(file.File.FilePath), names, columns);
            bool SamePartition(LiveFile delete) => delete.SpecId == file.SpecId && delete.File.Partition.Equals(file.File.Partition);
            var positions = new HashSet<long>();
            foreach (var delete in deletes.Where(d => d.File.Content == DataFileContent.PositionDeletes && file.Sequence <= d.Sequence && SamePartition(d)))
            {
                foreach (var row in await ReadRawWithDuckDbAsync(io.Map(delete.File.FilePath)))
                {
                    if (row.GetProperty("file_path").GetString() == file.File.FilePath)
                        positions.Add(AsLong(row.GetProperty("pos")));
                }
            }
            var equalities = new List<(List<string> Columns, List<Dictionary<string, string>> Rows)>();
            foreach (var delete in deletes.Where(d => d.File.Content == DataFileContent.EqualityDeletes && file.Sequence < d.Sequence
                && (SamePartition(d) || table.Metadata.SpecById(d.SpecId).IsUnpartitioned)))
            {
                var deleteRows = (await ReadRawWithDuckDbAsync(io.Map(delete.File.FilePath)))
                    .Select(r => r.EnumerateObject().ToDictionary(p => names.GetValueOrDefault(p.Name, p.Name), p => p.Value.GetRawText()))
                    .ToList();
                equalities.Add((delete.File.EqualityIds!.Select(id => current.FindField(id)!.Name).ToList(), deleteRows));
            }
            for (var position = 0; position < rows.Count; position++)
            {
                var row = rows[position];
                var deleted = positions.Contains(position)
                    || equalities.Any(e => e.Rows.Any(d => e.Columns.All(c => d.GetValueOrDefault(c, "null") == row.GetProperty(c).GetRawText())));
                if (!deleted)
                    expected.Add(row);
            }
        }
        return expected;
    }

    private static long AsLong(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetInt64();

    private sealed record LiveFile(DataFile File, int SpecId, long Sequence);
}
