using System.Text.Json;
using Lineage.Lakehouse.Parquet;
using Lineage.Lakehouse.Parquet.Reading;
using Lineage.Lakehouse.Tests.Fixtures;

namespace Lineage.Lakehouse.Tests.Parquet;

/// <summary>Our reader must return exactly the values DuckDB (and hyparquet-writer) wrote in the golden files.</summary>
public sealed class GoldenFileReadingTests
{
    public static TheoryData<string> Names() => GoldenCatalog.Names();

    private static async Task<List<JsonElement>> ReadAsync(string path, ParquetReadOptions? options = null)
    {
        await using var reader = await ParquetReader.OpenAsync(path);
        var rows = new List<JsonElement>();
        await foreach (var batch in reader.ReadAsync(options))
            rows.AddRange(CanonicalRows.Of(batch));
        return rows;
    }

    private static void AssertRowsEqual(IReadOnlyList<JsonElement> expected, IReadOnlyList<JsonElement> actual, string file)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            if (!JsonElement.DeepEquals(expected[i], actual[i]))
                Assert.Fail($"{file} row {i}:\nexpected {expected[i].GetRawText()}\nactual   {actual[i].GetRawText()}");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Every_golden_file_reads_exactly_as_written(string name)
    {
        var golden = GoldenCatalog.Get(name);

        var rows = await ReadAsync(golden.Path);

        AssertRowsEqual(golden.ReadExpectedRows(), rows, name);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_projection_of_the_last_column_reads_only_that_column(string name)
    {
        var golden = GoldenCatalog.Get(name);
        var last = golden.Columns[^1].Name;

        var rows = await ReadAsync(golden.Path, new ParquetReadOptions { Columns = [last] });

        var expected = golden.ReadExpectedRows()
            .Select(r => JsonSerializer.SerializeToElement(new Dictionary<string, JsonElement> { [last] = r.GetProperty(last) }))
            .ToList();
        AssertRowsEqual(expected, rows, name);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Head_returns_the_first_rows_only(string name)
    {
        var golden = GoldenCatalog.Get(name);

        var rows = await ReadAsync(golden.Path, new ParquetReadOptions { Limit = 7 });

        AssertRowsEqual(golden.ReadExpectedRows().Take(7).ToList(), rows, name);
    }
}
