using System.Text.Json;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.Tests.Parquet;
using static Lineage.Lakehouse.Tests.Iceberg.Tables.OtherEngineTables;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

/// <summary>
/// Tables written by Spark and Athena (tests/fixtures/iceberg), opened through the table API, read the same rows as
/// DuckDB reads from their live data files, with columns under the current schema's names.
/// </summary>
public sealed class OtherEnginesTableTests
{
    [Theory]
    [InlineData("spark-rename_column")]
    [InlineData("athena-example")]
    public async Task A_scan_reads_the_rows_DuckDB_reads_from_the_live_data_files(string fixture)
    {
        var (table, io) = await LoadAsync(fixture);

        await AssertSameRowsAsDuckDbAsync(table, io, table.Metadata.CurrentSnapshot!);
    }

    /// <summary>Their later snapshots have delete files (<see cref="DeleteFileScanTests"/>); the first one is plain data files.</summary>
    [Theory]
    [InlineData("spark-bunnies")]
    [InlineData("java-bunnies")]
    public async Task The_first_snapshot_of_a_table_with_later_deletes_reads_the_rows_DuckDB_reads(string fixture)
    {
        var (table, io) = await LoadAsync(fixture);

        await AssertSameRowsAsDuckDbAsync(table, io, table.Metadata.Snapshots.MinBy(s => s.SequenceNumber)!);
    }

    private static async Task AssertSameRowsAsDuckDbAsync(IcebergTable table, RelocatedFileIO io, Snapshot snapshot)
    {
        var options = new TableScanOptions { SnapshotId = snapshot.SnapshotId };
        var live = await table.PlanFilesAsync(options);
        Assert.Equal(long.Parse(snapshot.Summary["total-data-files"]), live.Count);
        Assert.Equal("0", snapshot.Summary["total-delete-files"]);

        var expected = new List<JsonElement>();
        foreach (var file in live)
            expected.AddRange(await ReadWithDuckDbAsync(io.Map(file.FilePath), CurrentNames(table), table.Metadata.CurrentSchema.Fields.Select(f => f.Name)));
        var actual = new List<JsonElement>();
        await foreach (var batch in table.ScanAsync(options))
            actual.AddRange(CanonicalRows.Of(batch));

        Assert.Equal(long.Parse(snapshot.Summary["total-records"]), actual.Count);
        Assert.NotEmpty(actual);
        Assert.Equal(Canonical(expected), Canonical(actual));
    }

    [Fact]
    public async Task A_renamed_column_reads_under_its_new_name()
    {
        var (table, _) = await LoadAsync("spark-rename_column");

        var actual = new List<JsonElement>();
        await foreach (var batch in table.ScanAsync(new TableScanOptions { Columns = ["id", "event_date"] }))
            actual.AddRange(CanonicalRows.Of(batch));

        Assert.Contains(actual, r => r.GetProperty("event_date").ValueKind == JsonValueKind.String);
        Assert.All(actual, r => Assert.False(r.TryGetProperty("date", out _)));
        await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var _ in table.ScanAsync(new TableScanOptions { Columns = ["date"] }))
            {
            }
        });
    }

    [Fact]
    public async Task Metadata_named_by_number_and_uuid_loads_the_highest_number()
    {
        var (table, _) = await LoadAsync("athena-example");

        Assert.Equal(1, table.MetadataVersion);
        Assert.Equal(6838723292707092922, table.Metadata.CurrentSnapshotId);
    }
}
