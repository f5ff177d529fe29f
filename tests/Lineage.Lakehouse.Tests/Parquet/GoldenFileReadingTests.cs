using System.Text.Json;
using Lineage.Lakehouse.Parquet;
using Lineage.Lakehouse.Tests.Fixtures;

namespace Lineage.Lakehouse.Tests.Parquet;

/// <summary>The reader must return exactly the values DuckDB (and hyparquet-writer) wrote in the golden files, as Arrow.</summary>
public sealed class GoldenFileReadingTests
{
    public static TheoryData<string> Names() => GoldenCatalog.Names();

    [Theory]
    [MemberData(nameof(Names))]
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
