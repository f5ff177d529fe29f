using System.Text.Json;
using Lineage.Lakehouse.Parquet;
using Lineage.Lakehouse.Tests.Fixtures;

namespace Lineage.Lakehouse.Tests.Parquet;

/// <summary>The reader must return exactly the values DuckDB (and hyparquet-writer) wrote in the golden files, as Arrow.</summary>
public sealed class GoldenFileReadingTests
{
    /// <summary>
    /// Golden files Parquet.Net 6.1.0 cannot decode, and the column it fails on: booleans in RLE encoding and
    /// repeated columns in DATA_PAGE_V2 are not implemented, and 32-bit DELTA_BINARY_PACKED deltas wider than 32 bits
    /// are decoded wrongly (caught by the statistics guard). They must fail loudly, never return other values.
    /// </summary>
    private static readonly Dictionary<string, string> UndecodableByTheLibrary = new()
    {
        ["dpv2_snappy"] = "flag",
        ["dpv2_uncompressed_rowgroups"] = "flag",
        ["types_v2"] = "i32",
    };

    public static TheoryData<string> Names() => GoldenCatalog.Names();

    public static TheoryData<string> DecodableNames() => new(GoldenCatalog.Files.Select(f => f.Name).Where(n => !UndecodableByTheLibrary.ContainsKey(n)));

    public static TheoryData<string> UndecodableNames() => new(UndecodableByTheLibrary.Keys);

    [Theory]
    [MemberData(nameof(UndecodableNames))]
    public async Task A_golden_file_the_library_cannot_decode_fails_naming_the_file_and_the_column(string name)
    {
        var golden = GoldenCatalog.Get(name);

        var error = await Assert.ThrowsAsync<ParquetFormatException>(() => ParquetFiles.ReadAsync(golden.Path));

        Assert.Contains(golden.Path, error.Message);
        Assert.Contains($"'{UndecodableByTheLibrary[name]}'", error.Message);
    }

    [Theory]
    [MemberData(nameof(DecodableNames))]
    public async Task Every_golden_file_reads_exactly_as_written(string name)
    {
        var golden = GoldenCatalog.Get(name);

        var rows = await ParquetFiles.ReadAsync(golden.Path);

        ParquetFiles.AssertSameRows(golden.ReadExpectedRows(), rows, name);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_projection_of_the_last_column_reads_only_that_column(string name)
    {
        var golden = GoldenCatalog.Get(name);
        var last = golden.Columns[^1].Name;

        var rows = await ParquetFiles.ReadAsync(golden.Path, new ParquetReadRequest { Columns = [last] });

        var expected = golden.ReadExpectedRows()
            .Select(r => JsonSerializer.SerializeToElement(new Dictionary<string, JsonElement> { [last] = r.GetProperty(last) }))
            .ToList();
        ParquetFiles.AssertSameRows(expected, rows, name);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_footer_counts_rows_and_row_groups_as_the_catalog_does(string name)
    {
        var golden = GoldenCatalog.Get(name);

        await using var reader = await ParquetFiles.OpenAsync(golden.Path);

        Assert.Equal(golden.ReadExpectedRows().Count, reader.RowCount);
        Assert.Equal(reader.RowGroupCount, reader.RowGroups.Count);
        Assert.Equal(golden.Columns.Select(c => c.Name), reader.Schema.FieldsList.Select(f => f.Name));
    }
}
