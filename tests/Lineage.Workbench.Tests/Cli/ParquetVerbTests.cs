using System.Text.Json;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Cli;

public sealed class ParquetVerbTests
{
    private static readonly string Nested = Path.Combine(RepoPaths.Root, "tests", "fixtures", "parquet", "duckdb", "nested_v1.parquet");
    private static readonly string Types = Path.Combine(RepoPaths.Root, "tests", "fixtures", "parquet", "duckdb", "types_v1.parquet");

    [Fact]
    public async Task Schema_shows_nested_types_and_the_writer()
    {
        var run = await CliRun.OnSampleAsync("parquet", "schema", Nested);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("lld list<list<double?>?>?", run.Out);
        Assert.Contains("360 rows in 1 row group", run.Out);
        Assert.Contains("DuckDB", run.Out);
    }

    [Fact]
    public async Task Head_as_json_prints_one_object_per_row_with_dates_and_utc_timestamps()
    {
        var run = await CliRun.OnSampleAsync("parquet", "head", Types, "-n", "3", "--json");

        Assert.Equal(0, run.ExitCode);
        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("1969-12-31", rows[2].GetProperty("d").GetString());
        Assert.Equal("1969-12-31T23:59:59.999999Z", rows[1].GetProperty("tstz").GetString());
        Assert.Equal(9007199254740993, rows[2].GetProperty("i64").GetInt64());
    }

    [Fact]
    public async Task Head_as_a_table_shows_nested_values_as_json_arrays()
    {
        var run = await CliRun.OnSampleAsync("parquet", "head", Nested, "-n", "4", "--columns", "id,lld");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[[]]", run.Out);
        Assert.Contains("4 of 360 rows", run.Out);
    }

    [Fact]
    public async Task A_file_that_is_not_parquet_fails_with_one_line_naming_it()
    {
        var notParquet = Path.Combine(RepoPaths.Root, "README.md");

        var run = await CliRun.OnSampleAsync("parquet", "head", notParquet);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("README.md", run.Error);
        Assert.Contains("PAR1", run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }
}
