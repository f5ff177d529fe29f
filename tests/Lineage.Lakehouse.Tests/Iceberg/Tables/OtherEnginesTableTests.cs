using System.Text.Json;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.Tests.Interop;
using Lineage.Lakehouse.Tests.Parquet;

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

    /// <summary>Their later snapshots need delete files applied; the first one is plain data files.</summary>
    [Theory]
    [InlineData("spark-bunnies")]
    [InlineData("java-bunnies")]
    public async Task The_first_snapshot_of_a_table_with_later_deletes_reads_the_rows_DuckDB_reads(string fixture)
    {
        var (table, io) = await LoadAsync(fixture);

        await AssertSameRowsAsDuckDbAsync(table, io, table.Metadata.Snapshots.MinBy(s => s.SequenceNumber)!);
    }

    [Theory]
    [InlineData("spark-bunnies")]
    [InlineData("java-bunnies")]
    public async Task A_current_snapshot_with_delete_files_is_refused_rather_than_read_with_deleted_rows(string fixture)
    {
        var (table, _) = await LoadAsync(fixture);

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => table.PlanFilesAsync());

        Assert.Contains("delete files", error.Message);
        Assert.Contains(table.Metadata.CurrentSnapshotId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
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

    private static async Task<(IcebergTable Table, RelocatedFileIO IO)> LoadAsync(string fixture)
    {
        var folder = IcebergFixtures.Table(fixture);
        var io = RelocatedFileIO.ForFolder(new LocalFileIO(), folder);
        return (await IcebergTable.LoadAsync(io, LocalFileIO.ToUri(folder)), io);
    }

    /// <summary>
    /// Every name a field ever had in the table's schemas, and its spelling in Parquet files (Iceberg writers replace
    /// characters other than letters, digits and <c>_</c> with <c>_x</c> and the hex code), mapped to its name in the
    /// current schema.
    /// </summary>
    private static Dictionary<string, string> CurrentNames(IcebergTable table)
    {
        var current = table.Metadata.CurrentSchema;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var schema in table.Metadata.Schemas)
        {
            foreach (var field in schema.Fields)
            {
                if (current.FindField(field.Id) is { } now)
                {
                    names[field.Name] = now.Name;
                    names[ParquetSpelling(field.Name)] = now.Name;
                }
            }
        }
        return names;
    }

    private static string ParquetSpelling(string name) =>
        string.Concat(name.Select((c, i) => char.IsAsciiLetter(c) || c == '_' || (i > 0 && char.IsAsciiDigit(c)) ? c.ToString() : $"_x{(int)c:X}"));

    /// <summary>
    /// DuckDB's rows of one data file, its column names replaced by the current ones and columns added to the table
    /// after the file was written set to null. The file is read from a copy outside its <c>key=value</c> folders, so
    /// that DuckDB takes no column from the path.
    /// </summary>
    private static async Task<List<JsonElement>> ReadWithDuckDbAsync(string location, Dictionary<string, string> currentNames, IEnumerable<string> columns)
    {
        using var copyFolder = new TableFolder();
        var copy = copyFolder.PathOf("data.parquet");
        File.Copy(LocalFileIO.ToPath(location), copy);
        var output = await NodeScript.RunAsync("parquet/read-duckdb.mjs", copy);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line =>
            {
                using var row = JsonDocument.Parse(line);
                var renamed = row.RootElement.EnumerateObject().ToDictionary(p => currentNames[p.Name], p => (JsonElement?)p.Value.Clone());
                foreach (var column in columns)
                    renamed.TryAdd(column, null);
                return JsonSerializer.SerializeToElement(renamed);
            })
            .ToList();
    }

    /// <summary>Rows as text, keys in name order, the list sorted: equal lists hold the same rows.</summary>
    private static List<string> Canonical(IEnumerable<JsonElement> rows) =>
        rows.Select(r => JsonSerializer.Serialize(r.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).ToDictionary(p => p.Name, p => p.Value)))
            .Order(StringComparer.Ordinal)
            .ToList();
}
