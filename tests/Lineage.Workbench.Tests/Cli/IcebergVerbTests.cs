using System.Text.Json;
using Apache.Arrow;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.Arrow;
using Lineage.Workbench.Cli;
using Lineage.Workbench.Tests.Shared;
using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Tests.Cli;

/// <summary>The iceberg verbs on a small table in a temporary warehouse, addressed by its warehouse key.</summary>
public sealed class IcebergVerbTests : IAsyncLifetime
{
    private const string Key = "quantum_features/cli_probe";

    private static readonly IcebergSchema Schema = new(0,
    [
        NestedField.Require(1, "id", IcebergType.Long),
        NestedField.Require(2, "processing_date", IcebergType.Date),
    ]);

    private readonly string _warehouse = Directory.CreateTempSubdirectory("lineage-cli-warehouse-").FullName;
    private IConfiguration _configuration = default!;
    private IcebergTable _table = default!;

    public async Task InitializeAsync()
    {
        _configuration = new ConfigurationBuilder()
            .AddConfiguration(CliRun.SampleConfiguration)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Lineage:Warehouse"] = _warehouse })
            .Build();
        var spec = new PartitionSpec(0, [PartitionField.Identity(2, 1000, "processing_date")]);
        _table = await IcebergTable.CreateAsync(new LocalFileIO(), "file:" + Path.Combine(_warehouse, Key), Schema, spec);
        await AppendAsync(new DateOnly(2026, 11, 18), 0, 3);
        await AppendAsync(new DateOnly(2026, 11, 19), 3, 2);
        await _table.CreateTagAsync("v_first", _table.Metadata.Snapshots[0].SnapshotId);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_warehouse, recursive: true);
        return Task.CompletedTask;
    }

    private async Task AppendAsync(DateOnly day, long firstId, int count)
    {
        var ids = new Int64Array.Builder();
        var days = new Date32Array.Builder();
        for (var i = 0; i < count; i++)
        {
            ids.Append(firstId + i);
            days.Append(day);
        }
        await _table.AppendAsync(await _table.WriteDataFilesAsync([new RecordBatch(IcebergArrowSchema.ToArrow(Schema), [ids.Build(), days.Build()], count)]));
    }

    private async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error, _configuration);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Snapshots_lists_the_history_with_the_current_one_and_its_tags()
    {
        var run = await RunAsync("iceberg", "snapshots", Key);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 snapshots", run.Out);
        Assert.Contains("v_first (tag)", run.Out);
        Assert.Contains("* " + _table.Metadata.CurrentSnapshotId, run.Out);
    }

    [Fact]
    public async Task Snapshots_as_json_carry_the_summaries()
    {
        var run = await RunAsync("iceberg", "snapshots", Key, "--json");

        using var json = JsonDocument.Parse(run.Out);
        var snapshots = json.RootElement.GetProperty("snapshots").EnumerateArray().ToList();
        Assert.Equal(2, snapshots.Count);
        Assert.Equal("5", snapshots[1].GetProperty("summary").GetProperty("total-records").GetString());
    }

    [Fact]
    public async Task Files_of_one_partition_are_listed_with_their_records()
    {
        var run = await RunAsync("iceberg", "files", Key, "--partition", "processing_date=2026-11-19");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("processing_date=2026-11-19", run.Out);
        Assert.DoesNotContain("processing_date=2026-11-18", run.Out);
        Assert.Contains("1 file, 2 records", run.Out);
    }

    [Fact]
    public async Task Files_at_a_tag_show_the_table_as_it_was()
    {
        var run = await RunAsync("iceberg", "files", Key, "--ref", "v_first");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 file, 3 records", run.Out);
    }

    [Fact]
    public async Task Orphans_are_listed_then_deleted_on_request()
    {
        var stray = Path.Combine(_warehouse, Key, "data", "stray.parquet");
        await File.WriteAllTextAsync(stray, "left by a failed write");

        var listed = await RunAsync("iceberg", "orphans", Key);
        var deleted = await RunAsync("iceberg", "orphans", Key, "--delete");

        Assert.Contains("stray.parquet", listed.Out);
        Assert.Contains("1 orphan file deleted", deleted.Out);
        Assert.False(File.Exists(stray));
    }

    [Fact]
    public async Task A_missing_table_is_a_one_line_error_naming_it()
    {
        var run = await RunAsync("iceberg", "snapshots", "quantum_features/nowhere");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nowhere", run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }
}
